package sqlite

import (
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
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

// BenchmarkPutBusyNodes writes one more batch of 100 articles to a store
// that already holds N articles naming the same hub entities, strike and
// relations (graphtest.Hubs), for N = 1,000 and 10,000. A write's cost must
// not grow with how many statements the nodes it touches already have, so
// the two times should be about equal: compare them within one run (what
// still grows is the B-tree depth and how many of its pages a batch's rows
// land on, which levels off once the tables outgrow a batch). Each
// iteration opens a fresh copy of the preloaded file and writes a batch to
// warm its caches, as a running load has them, before the timed one.
func BenchmarkPutBusyNodes(b *testing.B) {
	const batch = 100
	for _, n := range []int{1_000, 10_000} {
		b.Run(fmt.Sprintf("preloaded=%d", n), func(b *testing.B) {
			graphs := graphtest.Hubs(n + 2*batch)
			dir := b.TempDir()
			template := filepath.Join(dir, "template.db")
			s := mustOpenAt(b, template)
			for start := 0; start < n; start += 500 {
				if _, err := s.PutArticles(b.Context(), graphs[start:min(start+500, n)]); err != nil {
					b.Fatal(err)
				}
			}
			// Closing checkpoints the write-ahead log into the file, so the
			// file alone is the preloaded store.
			if err := s.Close(); err != nil {
				b.Fatal(err)
			}
			warm, next := graphs[n:n+batch], graphs[n+batch:]
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				path := filepath.Join(dir, fmt.Sprintf("run%d.db", i))
				copyFile(b, template, path)
				s, err := Open(b.Context(), path, WithLogger(slog.New(slog.DiscardHandler)))
				if err != nil {
					b.Fatal(err)
				}
				if _, err := s.PutArticles(b.Context(), warm); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				res, err := s.PutArticles(b.Context(), next)
				b.StopTimer()
				if err != nil {
					b.Fatal(err)
				}
				if res[0].Status != graph.Added {
					b.Fatalf("status %s, want added", res[0].Status)
				}
				s.Close()
				for _, suffix := range []string{"", "-wal", "-shm"} {
					os.Remove(path + suffix)
				}
				b.StartTimer()
			}
			b.ReportMetric(float64(b.N*batch)/b.Elapsed().Seconds(), "articles/s")
		})
	}
}

func copyFile(tb testing.TB, from, to string) {
	tb.Helper()
	data, err := os.ReadFile(from)
	if err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(to, data, 0o600); err != nil {
		tb.Fatal(err)
	}
}
