package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

func TestEndToEnd_Extract(t *testing.T) {
	jsonl := filepath.Join(examplesDir, "articles.jsonl")
	page := filepath.Join(examplesDir, "article.html")
	r := runGeokg(t, "extract", jsonl, page)
	if r.code != 0 {
		t.Fatalf("extract: exit %d\n%s", r.code, r.stderr)
	}
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	wantSources := []string{jsonl + ":1", jsonl + ":2", page}
	if len(lines) != len(wantSources) {
		t.Fatalf("got %d lines, want %d:\n%s", len(lines), len(wantSources), r.stdout)
	}
	for i, line := range lines {
		var doc map[string]json.RawMessage
		if err := json.Unmarshal([]byte(line), &doc); err != nil {
			t.Fatalf("line %d is not JSON: %v", i+1, err)
		}
		requireKeys(t, doc, "article", "entities", "relations")
		var d struct {
			Article   map[string]json.RawMessage
			Entities  []map[string]json.RawMessage
			Relations []map[string]json.RawMessage
		}
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			t.Fatal(err)
		}
		requireKeys(t, d.Article, "id", "title", "url", "published", "source")
		var source string
		json.Unmarshal(d.Article["source"], &source)
		if source != wantSources[i] {
			t.Errorf("line %d: source %q, want %q", i+1, source, wantSources[i])
		}
		events := 0
		for _, e := range d.Entities {
			requireKeys(t, e, "id", "type", "name", "aliases")
			if string(e["type"]) == `"Event"` {
				events++
				requireKeys(t, e, "event_type", "date", "location", "participants", "killed", "injured", "modality", "evidence")
			} else {
				requireKeys(t, e, "mentions")
			}
		}
		if events == 0 {
			t.Errorf("line %d: no events extracted from %s", i+1, source)
		}
		for _, rel := range d.Relations {
			requireKeys(t, rel, "source", "type", "target", "modality", "confidence", "evidence", "evidence_start", "evidence_end")
		}
	}
}

func requireKeys(t *testing.T, m map[string]json.RawMessage, keys ...string) {
	t.Helper()
	for _, k := range keys {
		if _, ok := m[k]; !ok {
			t.Errorf("missing key %q in %v", k, keysOf(m))
		}
	}
}

func keysOf(m map[string]json.RawMessage) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}
