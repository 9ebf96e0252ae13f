package sqlite

import (
	"testing"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/graphtest"
)

// BenchmarkPutArticles loads generated articles into a new store in batches
// and reports articles per second. "preloaded" first loads 5,000 other
// articles, so that busy nodes carry thousands of statements, as in a store
// that has been in use.
func BenchmarkPutArticles(b *testing.B) {
	for _, bc := range []struct {
		name    string
		preload int
		batch   int
	}{
		{"batch=1", 0, 1},
		{"batch=100", 0, 100},
		{"preloaded/batch=100", 5000, 100},
	} {
		b.Run(bc.name, func(b *testing.B) {
			all := graphtest.Generate(bc.preload + b.N)
			s := mustOpen(b)
			for start := 0; start < bc.preload; start += 500 {
				if _, err := s.PutArticles(b.Context(), all[start:min(start+500, bc.preload)]); err != nil {
					b.Fatal(err)
				}
			}
			graphs := all[bc.preload:]
			b.ResetTimer()
			for start := 0; start < len(graphs); start += bc.batch {
				res, err := s.PutArticles(b.Context(), graphs[start:min(start+bc.batch, len(graphs))])
				if err != nil {
					b.Fatal(err)
				}
				if res[0].Status != graph.Added {
					b.Fatalf("status %s, want added", res[0].Status)
				}
			}
			b.StopTimer()
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
		})
	}
}
