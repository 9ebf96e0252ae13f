package loader_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/loader"
)

// testArticle builds article i of a generated input: distinct texts that
// name a couple of countries, so extraction has something to find.
func testArticle(i int) graph.Article {
	names := []string{"France", "Germany", "Japan", "Brazil", "Kenya", "Canada"}
	a, b := names[i%len(names)], names[(i+1)%len(names)]
	text := fmt.Sprintf("Officials from %s met envoys from %s on day %d. Trade was discussed.", a, b, i)
	title := fmt.Sprintf("Talks %d", i)
	return graph.Article{
		ID: graph.ArticleID("", "", title, text), Title: title, Text: text,
		Published: "2025-06-01", Source: fmt.Sprintf("gen:%d", i),
	}
}

func testItems(n int) []loader.Item {
	items := make([]loader.Item, n)
	for i := range items {
		items[i] = loader.Item{Article: testArticle(i)}
	}
	return items
}

// slowExtractor delays each article by an amount derived from its text, so
// workers finish out of order.
type slowExtractor struct{ countryExtractor }

func (x slowExtractor) Extract(ctx context.Context, a graph.Article) (graph.ArticleGraph, error) {
	h := fnv.New32a()
	h.Write([]byte(a.Text))
	time.Sleep(time.Duration(h.Sum32()%3000) * time.Microsecond)
	return x.countryExtractor.Extract(ctx, a)
}

// faultyExtractor misbehaves on articles whose text contains a marker.
type faultyExtractor struct{ countryExtractor }

func (x faultyExtractor) Extract(ctx context.Context, a graph.Article) (graph.ArticleGraph, error) {
	switch {
	case strings.Contains(a.Text, "PANIC"):
		panic("boom")
	case strings.Contains(a.Text, "FAIL"):
		return graph.ArticleGraph{}, errors.New("cannot read this one")
	case strings.Contains(a.Text, "INVALID"):
		g, err := x.countryExtractor.Extract(ctx, a)
		g.Entities = append(g.Entities, graph.EntityReport{ArticleID: a.ID, Entity: graph.Entity{ID: "person:", Type: "Robot"}})
		return g, err
	}
	return x.countryExtractor.Extract(ctx, a)
}

func collect(t *testing.T, seq func(func(loader.Result) bool)) []loader.Result {
	t.Helper()
	var out []loader.Result
	for r := range seq {
		out = append(out, r)
	}
	return out
}

func TestExtract_InputOrder(t *testing.T) {
	items := testItems(200)
	ctx := context.Background()
	var runs [][]loader.Result
	for _, workers := range []int{1, 3, 8} {
		got := collect(t, loader.Extract(ctx, slowExtractor{}, slices.Values(items), workers))
		if len(got) != len(items) {
			t.Fatalf("workers=%d: got %d results, want %d", workers, len(got), len(items))
		}
		for i, r := range got {
			if r.Err != nil {
				t.Fatalf("workers=%d: item %d: %v", workers, i, r.Err)
			}
			if r.Graph.Article.ID != items[i].Article.ID {
				t.Fatalf("workers=%d: result %d is article %s, want %s", workers, i, r.Graph.Article.Source, items[i].Article.Source)
			}
		}
		runs = append(runs, got)
	}
	for i := range runs[0] {
		a, err := json.Marshal(loader.NewDocument(runs[0][i].Graph))
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(loader.NewDocument(runs[2][i].Graph))
		if err != nil {
			t.Fatal(err)
		}
		if string(a) != string(b) {
			t.Fatalf("result %d differs between 1 and 8 workers:\n%s\n%s", i, a, b)
		}
	}
}

func TestExtract_Fingerprint(t *testing.T) {
	items := testItems(2)
	v1 := collect(t, loader.Extract(context.Background(), countryExtractor{}, slices.Values(items), 2))
	v2 := collect(t, loader.Extract(context.Background(), countryExtractor{version: "countries/2"}, slices.Values(items), 2))
	for i := range items {
		fp := v1[i].Graph.Article.Fingerprint
		if want := loader.Fingerprint(items[i].Article, "countries/1"); fp != want {
			t.Errorf("article %d: got fingerprint %q, want %q", i, fp, want)
		}
		if fp == v2[i].Graph.Article.Fingerprint {
			t.Errorf("article %d: fingerprint %q did not change with the extractor version", i, fp)
		}
	}
	if v1[0].Graph.Article.Fingerprint == v1[1].Graph.Article.Fingerprint {
		t.Errorf("two different articles got one fingerprint")
	}
	a := items[0].Article
	moved := a
	moved.Source = "elsewhere.txt"
	if loader.Fingerprint(a, "x") != loader.Fingerprint(moved, "x") {
		t.Errorf("moving an article changed its fingerprint")
	}
	for _, change := range []func(*graph.Article){
		func(a *graph.Article) { a.Title += "!" },
		func(a *graph.Article) { a.Text += "!" },
		func(a *graph.Article) { a.URL = "https://example.org/x" },
		func(a *graph.Article) { a.Published = "2025-06-02" },
	} {
		b := a
		change(&b)
		if loader.Fingerprint(a, "x") == loader.Fingerprint(b, "x") {
			t.Errorf("changing %+v did not change the fingerprint", b)
		}
	}
}

func TestExtract_FaultsCostOneArticle(t *testing.T) {
	items := testItems(6)
	items[1].Article.Text += " PANIC"
	items[2].Article.Text += " FAIL"
	items[3].Article.Text += " INVALID"
	readErr := &loader.InputError{Path: "x.jsonl", Line: 4, Err: loader.ErrEmpty}
	items[4] = loader.Item{Article: graph.Article{Source: "x.jsonl:4"}, Err: readErr}

	got := collect(t, loader.Extract(context.Background(), faultyExtractor{}, slices.Values(items), 3))
	want := []string{"", "panicked: boom", "extract: cannot read this one", "invalid graph", "x.jsonl:4: empty article", ""}
	if len(got) != len(want) {
		t.Fatalf("got %d results, want %d", len(got), len(want))
	}
	for i, w := range want {
		r := got[i]
		if r.Source != items[i].Article.Source {
			t.Errorf("result %d: got source %q, want %q", i, r.Source, items[i].Article.Source)
		}
		if w == "" {
			if r.Err != nil {
				t.Errorf("result %d: got error %v, want none", i, r.Err)
			}
			continue
		}
		if r.Err == nil || !strings.Contains(r.Err.Error(), w) || !strings.HasPrefix(r.Err.Error(), r.Source+": ") {
			t.Errorf("result %d: got error %v, want one starting with %q and containing %q", i, r.Err, r.Source, w)
		}
	}
	if !errors.Is(got[3].Err, graph.ErrInvalid) {
		t.Errorf("got %v, want it to wrap graph.ErrInvalid", got[3].Err)
	}
	if !errors.Is(got[4].Err, loader.ErrEmpty) {
		t.Errorf("got %v, want the reader's error passed through", got[4].Err)
	}
}

func TestExtract_StopsOnCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	n := 0
	for range loader.Extract(ctx, slowExtractor{}, slices.Values(testItems(1000)), 4) {
		n++
		if n == 10 {
			cancel()
		}
	}
	// Results already computed may still be delivered in the instant the
	// cancellation lands, but not the rest of the input.
	if n < 10 || n > 10+4*4+4 {
		t.Errorf("got %d results after cancelling at 10, want about 10", n)
	}
}

func TestExtract_CallerStops(t *testing.T) {
	n := 0
	for range loader.Extract(context.Background(), countryExtractor{}, slices.Values(testItems(100)), 4) {
		n++
		if n == 5 {
			break
		}
	}
	if n != 5 {
		t.Errorf("got %d results, want 5", n)
	}
}
