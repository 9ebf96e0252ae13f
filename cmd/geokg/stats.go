package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/geokg/geokg/graph"
)

const statsUsage = `
Usage: geokg stats [flags]

Stats counts what the store holds: articles, entities, events, relations,
claims, mentions and active merges, with entities, events and relations by
type.

Examples:

	geokg stats
	geokg stats --store news.db --json | jq .event_types
`

func (m *Main) runStats(ctx context.Context, args []string) (err error) {
	f := m.newFlagSet("stats", statsUsage)
	f.storeFlag()
	asJSON := f.Bool("json", false, "print the counts as one JSON object")
	if err := f.parseNoArgs(args); err != nil {
		return err
	}
	log := f.log
	store, err := f.openStore(ctx)
	if err != nil {
		return err
	}
	defer closeStore(store, log, &err)
	st, err := store.Stats(ctx)
	if err != nil {
		return fmt.Errorf("stats: %w", err)
	}
	if *asJSON {
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(statsJSON{
			Articles: st.Articles, Entities: st.Entities, Events: st.Events, Relations: st.Relations,
			Claims: st.Claims, Mentions: st.Mentions, Merges: st.Merges,
			EntityTypes: nonNilMap(st.EntityTypes), EventTypes: nonNilMap(st.EventTypes), RelationTypes: nonNilMap(st.RelationTypes),
		})
	}
	return writeStats(m.Stdout, st)
}

// writeStats prints counts as a table, each total followed by its breakdown
// by type, largest first.
func writeStats(w io.Writer, st graph.Stats) error {
	rows := []struct {
		name   string
		n      int
		byType string
	}{
		{"articles", st.Articles, ""},
		{"entities", st.Entities, breakdown(st.EntityTypes)},
		{"events", st.Events, breakdown(st.EventTypes)},
		{"relations", st.Relations, breakdown(st.RelationTypes)},
		{"claims", st.Claims, ""},
		{"mentions", st.Mentions, ""},
		{"merges", st.Merges, ""},
	}
	width := 1
	for _, r := range rows {
		width = max(width, len(strconv.Itoa(r.n)))
	}
	var b strings.Builder
	for _, r := range rows {
		line := fmt.Sprintf("%-10s %*d  %s", r.name, width, r.n, r.byType)
		b.WriteString(strings.TrimRight(line, " ") + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// statsJSON is the --json form of graph.Stats, in the snake_case the
// extraction format uses.
type statsJSON struct {
	Articles      int                        `json:"articles"`
	Entities      int                        `json:"entities"`
	Events        int                        `json:"events"`
	Relations     int                        `json:"relations"`
	Claims        int                        `json:"claims"`
	Mentions      int                        `json:"mentions"`
	Merges        int                        `json:"merges"`
	EntityTypes   map[graph.EntityType]int   `json:"entity_types"`
	EventTypes    map[graph.EventType]int    `json:"event_types"`
	RelationTypes map[graph.RelationType]int `json:"relation_types"`
}

func breakdown[K ~string](m map[K]int) string {
	type kv struct {
		k string
		n int
	}
	var kvs []kv
	for k, n := range m {
		if n > 0 {
			kvs = append(kvs, kv{string(k), n})
		}
	}
	sort.Slice(kvs, func(i, j int) bool {
		if kvs[i].n != kvs[j].n {
			return kvs[i].n > kvs[j].n
		}
		return kvs[i].k < kvs[j].k
	})
	parts := make([]string, len(kvs))
	for i, e := range kvs {
		parts[i] = fmt.Sprintf("%s %d", e.k, e.n)
	}
	return strings.Join(parts, ", ")
}

// nonNilMap makes an empty breakdown print as {} rather than null.
func nonNilMap[K comparable](m map[K]int) map[K]int {
	if m == nil {
		return map[K]int{}
	}
	return m
}
