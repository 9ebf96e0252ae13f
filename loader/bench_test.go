package loader_test

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/geokg/geokg/examples"
	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/loader"
	"github.com/geokg/geokg/loader/extract"
	"github.com/geokg/geokg/loader/resolve"
)

// benchArticles returns n articles made from the demo articles, each with
// its own URL so that each is a new article to the store while the names in
// them recur, as they do across a news feed.
func benchArticles(b *testing.B, run, n int) []loader.Item {
	b.Helper()
	in := &loader.Input{FS: examples.FS(), Paths: []string{examples.Dir}}
	var base []graph.Article
	for it := range in.Articles(context.Background()) {
		if it.Err != nil {
			b.Fatal(it.Err)
		}
		base = append(base, it.Article)
	}
	items := make([]loader.Item, n)
	for i := range items {
		a := base[i%len(base)]
		a.URL = fmt.Sprintf("https://bench.example/%d/%d", run, i)
		a.ID = graph.ArticleID(a.URL, "", a.Title, a.Text)
		a.Source = a.URL
		items[i] = loader.Item{Article: a}
	}
	return items
}

// BenchmarkLoad measures whole loads into a new SQLite store: reading
// prepared items, extraction on every CPU, batched writes. "extract" uses
// geokg's extractor (the number the load floor of 200 articles/s is about);
// "extract+resolve" adds cross-article resolution, as geokg load does;
// "countries" a trivial extractor, which leaves the pipeline and the store.
func BenchmarkLoad(b *testing.B) {
	const perLoad = 300
	for _, bc := range []struct {
		name string
		ex   loader.Extractor
		res  loader.Resolver
	}{
		{"extract", extract.New(), nil},
		{"extract+resolve", extract.New(), resolve.New()},
		{"countries", countryExtractor{}, nil},
	} {
		b.Run(bc.name, func(b *testing.B) {
			ctx := context.Background()
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				items := benchArticles(b, i, perLoad)
				s := mustOpenStore(b)
				l := &loader.Loader{Store: s, Extractor: bc.ex, Resolver: bc.res}
				b.StartTimer()
				sum, err := l.Load(ctx, slices.Values(items))
				if err != nil {
					b.Fatal(err)
				}
				if sum.Added != perLoad {
					b.Fatalf("got %+v, want %d added", sum, perLoad)
				}
			}
			b.ReportMetric(float64(perLoad*b.N)/b.Elapsed().Seconds(), "articles/s")
		})
	}
}
