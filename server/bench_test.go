package server

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/geokg/geokg/graph/graphtest"
	"github.com/geokg/geokg/server/editor"
)

// BenchmarkExampleQuery serves the editor's example query (events with
// places, participants and reports; entities with relations and their ends)
// over the SQLite store. Serially its time is mostly the dataloaders'
// batch windows, one per level; in parallel, what the server can sustain.
func BenchmarkExampleQuery(b *testing.B) {
	h := NewHandler(mustOpenStore(b, graphtest.NewCorpus().Graphs...), Options{Logger: discard()})
	body, err := json.Marshal(map[string]string{"query": editor.ExampleQuery})
	if err != nil {
		b.Fatal(err)
	}
	serve := func(b *testing.B) {
		rec := httptest.NewRecorder()
		req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK || bytes.Contains(rec.Body.Bytes(), []byte(`"errors"`)) {
			b.Errorf("status %d: %s", rec.Code, rec.Body)
		}
	}
	b.Run("serial", func(b *testing.B) {
		for b.Loop() {
			serve(b)
		}
	})
	b.Run("parallel", func(b *testing.B) {
		b.SetParallelism(8)
		b.RunParallel(func(pb *testing.PB) {
			for pb.Next() {
				serve(b)
			}
		})
	})
}
