package extract_test

import (
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/loader/extract"
)

// testArticles reads the project's own test articles.
func testArticles(tb testing.TB) []graph.Article {
	tb.Helper()
	b, err := os.ReadFile("testdata/articles.json")
	if err != nil {
		tb.Fatal(err)
	}
	var raw []struct{ ID, Title, Text, Published, URL string }
	if err := json.Unmarshal(b, &raw); err != nil {
		tb.Fatal(err)
	}
	out := make([]graph.Article, len(raw))
	for i, r := range raw {
		out[i] = graph.Article{ID: graph.ArticleID(r.URL, r.ID, r.Title, r.Text), Title: r.Title, Text: r.Text, Published: r.Published, URL: r.URL}
	}
	return out
}

// BenchmarkExtract measures full extraction (entities, events, relations)
// over the test articles on one goroutine and reports words per second.
func BenchmarkExtract(b *testing.B) {
	arts := testArticles(b)
	x := extract.New()
	words := 0
	for _, a := range arts {
		words += len(strings.Fields(a.Text))
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			if _, err := x.Extract(context.Background(), a); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkExtractScaling runs one article repeated 1, 10 and 100 times:
// time per word must stay flat for the cost to be linear in length.
func BenchmarkExtractScaling(b *testing.B) {
	arts := testArticles(b)
	var all []string
	for _, a := range arts {
		all = append(all, a.Text)
	}
	base := strings.Join(all, "\n\n")
	x := extract.New()
	for _, n := range []struct {
		name  string
		times int
	}{{"1x", 1}, {"10x", 10}, {"100x", 100}} {
		text := strings.Repeat(base+"\n\n", n.times)
		a := graph.Article{ID: "article:bench", Text: text, Published: "2024-06-06"}
		words := len(strings.Fields(text))
		b.Run(n.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, err := x.Extract(context.Background(), a); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(words*b.N), "ns/word")
		})
	}
}
