package graphtest

import (
	"fmt"
	"reflect"
	"sync"
	"testing"

	"github.com/geokg/geokg/graph"
)

var errorCases = []testCase{
	{"not_found", func(t *testing.T, s *suite) {
		st := s.store(t, NewCorpus().Graphs...)
		ctx := t.Context()
		_, err := graph.GetEntity(ctx, st, nowhere)
		wantErr(t, "GetEntity", err, graph.ErrNotFound)
		_, err = graph.GetEvent(ctx, st, "event:attack:undated:0000")
		wantErr(t, "GetEvent", err, graph.ErrNotFound)
		_, err = graph.GetArticle(ctx, st, "article:0000")
		wantErr(t, "GetArticle", err, graph.ErrNotFound)
	}},
	{"calls_after_close_fail", func(t *testing.T, s *suite) {
		c := NewCorpus()
		st := s.store(t, c.Graphs...)
		if err := st.Close(); err != nil {
			t.Fatalf("Close: %v", err)
		}
		ctx := t.Context()
		calls := map[string]func() error{
			"PutArticles": func() error { _, err := st.PutArticles(ctx, Generate(1)); return err },
			"Entities":    func() error { _, err := st.Entities(ctx, []string{c.Darnell}); return err },
			"FindEvents":  func() error { _, err := st.FindEvents(ctx, graph.EventFilter{}); return err },
			"Stats":       func() error { _, err := st.Stats(ctx); return err },
			"ApplyMerge": func() error {
				return st.ApplyMerge(ctx, graph.Merge{ID: graph.MergeID(c.ElinMarr, c.MiraCastell), FromID: c.ElinMarr, IntoID: c.MiraCastell})
			},
		}
		for name, call := range calls {
			if err := call(); err == nil {
				t.Errorf("%s after Close: got no error", name)
			}
		}
	}},
}

var concurrencyCases = []testCase{
	{"readers_and_writers", func(t *testing.T, s *suite) {
		const writers, batches, size = 4, 5, 3
		graphs := Generate(writers * batches * size)
		st := s.store(t)
		ctx := t.Context()
		var wg sync.WaitGroup
		errs := make(chan error, 64)
		for w := range writers {
			wg.Go(func() {
				for b := range batches {
					start := (w*batches + b) * size
					if _, err := st.PutArticles(ctx, graphs[start:start+size]); err != nil {
						errs <- fmt.Errorf("writer %d batch %d: %w", w, b, err)
						return
					}
				}
			})
		}
		stop := make(chan struct{})
		var readers sync.WaitGroup
		for r := range 4 {
			readers.Go(func() {
				for i := 0; ; i++ {
					select {
					case <-stop:
						return
					default:
					}
					var err error
					switch (r + i) % 4 {
					case 0:
						_, err = st.SearchEntities(ctx, graph.EntitySearch{Query: "ada"})
					case 1:
						_, err = st.FindEvents(ctx, graph.EventFilter{Newest: true})
					case 2:
						_, err = st.RelationsOf(ctx, []string{graph.CountryID("XO")}, graph.RelationFilter{})
					default:
						_, err = st.Stats(ctx)
					}
					if err != nil {
						errs <- fmt.Errorf("reader %d: %w", r, err)
						return
					}
				}
			})
		}
		wg.Wait()
		close(stop)
		readers.Wait()
		close(errs)
		for err := range errs {
			t.Error(err)
		}
		if got, want := stats(t, st), expectedStats(graphs...); !reflect.DeepEqual(got, want) {
			t.Errorf("after concurrent writes:\ngot  %+v\nwant %+v", got, want)
		}
		// The same articles written at once by one call read the same.
		one := s.store(t, graphs...)
		if a, b := TakeDump(t, one), TakeDump(t, st); !reflect.DeepEqual(a, b) {
			t.Error("concurrent batches and one batch of the same articles differ")
		}
	}},
}
