package neo4j

import (
	"context"
	"reflect"
	"slices"
	"testing"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/graphtest"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// scriptedBackend answers each statement with what its script for that
// statement returns, nothing for others, and records every statement's
// parameters: enough to see which reads a write makes, without a server.
type scriptedBackend struct {
	script map[string]func(params map[string]any) []map[string]any
	calls  map[string][]map[string]any
}

func (b *scriptedBackend) write(ctx context.Context, work func(ctx context.Context, tx runner) error) error {
	return work(ctx, b)
}

func (b *scriptedBackend) run(_ context.Context, name, _ string, params map[string]any) ([]*neo4j.Record, error) {
	if b.calls == nil {
		b.calls = map[string][]map[string]any{}
	}
	b.calls[name] = append(b.calls[name], params)
	var out []*neo4j.Record
	if f := b.script[name]; f != nil {
		for _, m := range f(params) {
			rec := &neo4j.Record{}
			for k, v := range m {
				rec.Keys, rec.Values = append(rec.Keys, k), append(rec.Values, v)
			}
			out = append(out, rec)
		}
	}
	return out, nil
}

func (b *scriptedBackend) read(ctx context.Context, name, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	return b.run(ctx, name, cypher, params)
}

func (b *scriptedBackend) schema(context.Context, string, string, map[string]any) error { return nil }
func (b *scriptedBackend) close(context.Context) error                                  { return nil }

// asked returns the ids every call of a statement was given, sorted.
func (b *scriptedBackend) asked(name string) []string {
	var out []string
	for _, p := range b.calls[name] {
		out = append(out, p["ids"].([]string)...)
	}
	slices.Sort(out)
	return out
}

// rowsOf returns the rows every call of a batch statement was given.
func (b *scriptedBackend) rowsOf(name string) map[string]map[string]any {
	out := map[string]map[string]any{}
	for _, p := range b.calls[name] {
		for _, row := range p["rows"].([]map[string]any) {
			out[row["id"].(string)] = row
		}
	}
	return out
}

// TestRefreshFoldsIntoDigests: a write reads the digests of the nodes it
// adds statements to, and reads every statement only of the nodes that
// have no usable digest, or that lost statements.
func TestRefreshFoldsIntoDigests(t *testing.T) {
	graphs := graphtest.Hubs(2)
	earlier, next := graphs[0], graphs[1]
	const (
		busy     = "country:XO" // keeps a digest of the earlier article
		imported = "country:XV" // summarised, but with no digest (neo4j-admin import)
	)
	report := func(id string) graph.EntityReport {
		for _, r := range earlier.Entities {
			if r.Entity.ID == id {
				return r
			}
		}
		t.Fatalf("fixture: the earlier article does not name %s", id)
		return graph.EntityReport{}
	}
	kept := graph.NewEntityDigest(busy)
	kept.Add(report(busy), 0, true)
	keptJSON, err := digestJSON(kept)
	if err != nil {
		t.Fatal(err)
	}
	b := &scriptedBackend{script: map[string]func(map[string]any) []map[string]any{
		"entity_digests": func(map[string]any) []map[string]any {
			return []map[string]any{
				{"id": busy, "digest": keptJSON, "summarised": true},
				{"id": imported, "digest": nil, "summarised": true},
			}
		},
		"entity_reports": func(map[string]any) []map[string]any {
			r := report(imported)
			return []map[string]any{{"id": imported, "articleId": r.ArticleID, "ord": int64(1), "statedId": r.Entity.ID,
				"type": string(r.Entity.Type), "name": r.Entity.Name, "aliases": []any{"Valdorian"}, "kind": "", "code": "XV",
				"texts": []any{"Valdorian"}}}
		},
	}}
	s := newStore(b, Config{})
	if _, err := s.PutArticles(t.Context(), []graph.ArticleGraph{next}); err != nil {
		t.Fatal(err)
	}
	var named []string
	for _, r := range next.Entities {
		named = append(named, r.Entity.ID)
	}
	slices.Sort(named)
	if got := b.asked("entity_digests"); !reflect.DeepEqual(got, named) {
		t.Errorf("digests read: got %v, want every entity the article names: %v", got, named)
	}
	if got := b.asked("entity_reports"); !reflect.DeepEqual(got, []string{imported}) {
		t.Errorf("reports read: got %v, want only those of %s, which keeps no digest", got, imported)
	}
	rows := b.rowsOf("entity_put")
	if got := rows[busy]["articles"]; got != 2 {
		t.Errorf("%s: got %v articles, want 2 (the digest's one and the new one)", busy, got)
	}
	d, err := graph.ParseEntityDigest(busy, []byte(rows[busy]["digest"].(string)))
	if err != nil || d.Len() != 2 {
		t.Errorf("%s: the digest written holds %v reports (%v), want 2", busy, d.Len(), err)
	}
	if got := rows[imported]["articles"]; got != 1 {
		t.Errorf("%s: got %v articles, want 1 (built from the reports the database returned)", imported, got)
	}

	// Deleting an article takes statements away, which no digest can:
	// every node it named is summarised from all its statements.
	b.calls = nil
	b.script["article_statements"] = func(map[string]any) []map[string]any {
		return []map[string]any{{"id": next.Article.ID, "entities": []any{busy}, "events": []any{}, "relations": []any{}}}
	}
	if err := s.DeleteArticle(t.Context(), next.Article.ID); err != nil {
		t.Fatal(err)
	}
	if got := b.asked("entity_digests"); len(got) != 0 {
		t.Errorf("digests read on delete: got %v, want none", got)
	}
	if got := b.asked("entity_reports"); !reflect.DeepEqual(got, []string{busy}) {
		t.Errorf("reports read on delete: got %v, want those of %s", got, busy)
	}
}
