package server

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/graphtest"
	"github.com/geokg/geokg/graph/sqlite"
)

// mustOpenStore opens a SQLite store in a temporary directory and writes
// graphs to it.
func mustOpenStore(tb testing.TB, graphs ...graph.ArticleGraph) *sqlite.Store {
	tb.Helper()
	s, err := sqlite.Open(tb.Context(), filepath.Join(tb.TempDir(), "geokg.db"), sqlite.WithLogger(discard()))
	if err != nil {
		tb.Fatalf("open store: %v", err)
	}
	tb.Cleanup(func() { s.Close() })
	if len(graphs) > 0 {
		if _, err := s.PutArticles(tb.Context(), graphs); err != nil {
			tb.Fatalf("write fixtures: %v", err)
		}
	}
	return s
}

// corpusServer serves the graphtest corpus from a SQLite store.
func corpusServer(tb testing.TB) (*httptest.Server, graphtest.Corpus) {
	tb.Helper()
	c := graphtest.NewCorpus()
	return httptest.NewServer(NewHandler(mustOpenStore(tb, c.Graphs...), Options{Logger: discard()})), c
}

func discard() *slog.Logger { return slog.New(slog.DiscardHandler) }

// gqlError is an error as a client sees it.
type gqlError struct {
	Message    string `json:"message"`
	Path       []any  `json:"path"`
	Extensions struct {
		Code string `json:"code"`
	} `json:"extensions"`
}

// gqlResponse is a GraphQL response with its data decoded generically, so
// tests can walk it with get.
type gqlResponse struct {
	Status int
	Data   map[string]any `json:"data"`
	Errors []gqlError     `json:"errors"`
}

// do posts a GraphQL request and decodes the answer.
func do(tb testing.TB, url, query string, vars map[string]any) gqlResponse {
	tb.Helper()
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		tb.Fatal(err)
	}
	res, err := http.Post(url+"/graphql", "application/json", bytes.NewReader(body))
	if err != nil {
		tb.Fatalf("post query: %v", err)
	}
	defer res.Body.Close()
	raw, err := io.ReadAll(res.Body)
	if err != nil {
		tb.Fatal(err)
	}
	var r gqlResponse
	if err := json.Unmarshal(raw, &r); err != nil {
		tb.Fatalf("decode response %q: %v", raw, err)
	}
	r.Status = res.StatusCode
	return r
}

// mustQuery posts a query that must succeed without errors.
func mustQuery(tb testing.TB, url, query string, vars map[string]any) map[string]any {
	tb.Helper()
	r := do(tb, url, query, vars)
	if len(r.Errors) > 0 || r.Status != http.StatusOK {
		tb.Fatalf("query failed with status %d: %+v\n%s", r.Status, r.Errors, query)
	}
	return r.Data
}

// get walks decoded JSON by a dotted path; numbers index lists:
// get(data, "events.edges.0.node.name").
func get(v any, path string) any {
	for _, p := range strings.Split(path, ".") {
		switch x := v.(type) {
		case map[string]any:
			v = x[p]
		case []any:
			i, err := strconv.Atoi(p)
			if err != nil || i < 0 || i >= len(x) {
				return fmt.Sprintf("<no %s in a list of %d>", p, len(x))
			}
			v = x[i]
		default:
			return fmt.Sprintf("<no %s in %v>", p, v)
		}
	}
	return v
}

// countingStore counts the calls a server makes to each read method of the
// store it wraps.
type countingStore struct {
	graph.Store
	mu         sync.Mutex
	calls      map[string]int
	mergePages []graph.Page // the pages Merges was asked for
}

func newCountingStore(s graph.Store) *countingStore {
	return &countingStore{Store: s, calls: make(map[string]int)}
}

func (c *countingStore) count(method string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.calls[method]++
}

// take returns the counts so far and starts again from zero.
func (c *countingStore) take() map[string]int {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := c.calls
	c.calls = make(map[string]int)
	return out
}

func (c *countingStore) Articles(ctx context.Context, ids []string) (map[string]graph.Article, error) {
	c.count("Articles")
	return c.Store.Articles(ctx, ids)
}

func (c *countingStore) FindArticles(ctx context.Context, f graph.ArticleFilter) (graph.ArticlePage, error) {
	c.count("FindArticles")
	return c.Store.FindArticles(ctx, f)
}

func (c *countingStore) Entities(ctx context.Context, ids []string) (map[string]graph.Entity, error) {
	c.count("Entities")
	return c.Store.Entities(ctx, ids)
}

func (c *countingStore) SearchEntities(ctx context.Context, q graph.EntitySearch) (graph.EntityPage, error) {
	c.count("SearchEntities")
	return c.Store.SearchEntities(ctx, q)
}

func (c *countingStore) Mentions(ctx context.Context, ids []string, p graph.Page) (map[string]graph.MentionPage, error) {
	c.count("Mentions")
	return c.Store.Mentions(ctx, ids, p)
}

func (c *countingStore) Events(ctx context.Context, ids []string) (map[string]graph.Event, error) {
	c.count("Events")
	return c.Store.Events(ctx, ids)
}

func (c *countingStore) FindEvents(ctx context.Context, f graph.EventFilter) (graph.EventPage, error) {
	c.count("FindEvents")
	return c.Store.FindEvents(ctx, f)
}

func (c *countingStore) EventsInvolving(ctx context.Context, ids []string, f graph.EventFilter) (map[string]graph.EventPage, error) {
	c.count("EventsInvolving")
	return c.Store.EventsInvolving(ctx, ids, f)
}

func (c *countingStore) EventReports(ctx context.Context, ids []string, p graph.Page) (map[string]graph.EventReportPage, error) {
	c.count("EventReports")
	return c.Store.EventReports(ctx, ids, p)
}

func (c *countingStore) Relations(ctx context.Context, ids []string) (map[string]graph.Relation, error) {
	c.count("Relations")
	return c.Store.Relations(ctx, ids)
}

func (c *countingStore) FindRelations(ctx context.Context, f graph.RelationFilter) (graph.RelationPage, error) {
	c.count("FindRelations")
	return c.Store.FindRelations(ctx, f)
}

func (c *countingStore) RelationsOf(ctx context.Context, ids []string, f graph.RelationFilter) (map[string]graph.RelationPage, error) {
	c.count("RelationsOf")
	return c.Store.RelationsOf(ctx, ids, f)
}

func (c *countingStore) Claims(ctx context.Context, ids []string, p graph.Page) (map[string]graph.ClaimPage, error) {
	c.count("Claims")
	return c.Store.Claims(ctx, ids, p)
}

func (c *countingStore) ArticlesOf(ctx context.Context, ids []string, p graph.Page) (map[string]graph.ArticlePage, error) {
	c.count("ArticlesOf")
	return c.Store.ArticlesOf(ctx, ids, p)
}

func (c *countingStore) EventsInArticles(ctx context.Context, ids []string, f graph.EventFilter) (map[string]graph.EventPage, error) {
	c.count("EventsInArticles")
	return c.Store.EventsInArticles(ctx, ids, f)
}

func (c *countingStore) RelationsInArticles(ctx context.Context, ids []string, f graph.RelationFilter) (map[string]graph.RelationPage, error) {
	c.count("RelationsInArticles")
	return c.Store.RelationsInArticles(ctx, ids, f)
}

func (c *countingStore) Merges(ctx context.Context, f graph.MergeFilter) (graph.MergePage, error) {
	c.count("Merges")
	c.mu.Lock()
	c.mergePages = append(c.mergePages, f.Page)
	c.mu.Unlock()
	return c.Store.Merges(ctx, f)
}
