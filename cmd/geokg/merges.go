package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/geokg/geokg/graph"
)

const mergesUsage = `
Usage: geokg merges [flags]
       geokg merges undo [flags] MERGE-ID...

Merges lists the decisions that two ids name one thing: "Putin" in one
article and "Vladimir Putin" in another, or two reports of one strike. Each
shows the names compared, the rule that decided and the article whose
loading decided it. Newest first.

Undo ends a merge: the merged-away id becomes a node of its own again with
exactly the statements made under it, and later loads do not merge it back.

Examples:

	geokg merges
	geokg merges --node person:vladimir-putin --all
	geokg merges undo merge:3f9a0c1b2d4e5f60
`

func (m *Main) runMerges(ctx context.Context, args []string) (err error) {
	if len(args) > 0 && args[0] == "undo" {
		return m.runMergesUndo(ctx, args[1:])
	}
	f := m.newFlagSet("merges", mergesUsage)
	f.storeFlag()
	node := f.String("node", "", "only merges into or from this `id`")
	all := f.Bool("all", false, "include merges that were undone")
	asJSON := f.Bool("json", false, "print one JSON object per merge")
	if err := f.parseNoArgs(args); err != nil {
		return err
	}
	store, err := f.openStore(ctx)
	if err != nil {
		return err
	}
	defer closeStore(store, f.log, &err)
	ms, err := graph.AllMerges(ctx, store, graph.MergeFilter{NodeID: *node, IncludeUndone: *all})
	if err != nil {
		return fmt.Errorf("merges: %w", err)
	}
	if *asJSON {
		return writeMergesJSON(m.Stdout, ms)
	}
	return writeMerges(m.Stdout, ms)
}

func (m *Main) runMergesUndo(ctx context.Context, args []string) (err error) {
	f := m.newFlagSet("merges undo", mergesUsage)
	f.storeFlag()
	ids, err := f.parse(args)
	if err != nil {
		return err
	}
	if len(ids) == 0 {
		return f.usageErr("give the id of the merge to undo (geokg merges lists them)")
	}
	store, err := f.openStore(ctx)
	if err != nil {
		return err
	}
	defer closeStore(store, f.log, &err)
	for _, id := range ids {
		if err := store.UndoMerge(ctx, id); err != nil {
			return fmt.Errorf("undo %s: %w", id, err)
		}
		fmt.Fprintf(m.Stdout, "undone %s\n", id)
	}
	return nil
}

func writeMerges(w io.Writer, ms []graph.Merge) error {
	if len(ms) == 0 {
		_, err := fmt.Fprintln(w, "no merges")
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tFROM\tINTO\tRULE\tNAMES\tARTICLE\tUNDONE")
	for _, mg := range ms {
		undone := ""
		if !mg.Active() {
			undone = mg.UndoneAt.UTC().Format(time.RFC3339)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", mg.ID, mg.FromID, mg.IntoID, mg.Rule,
			strings.Join(mg.Names, " ~ "), mg.ArticleID, undone)
	}
	return tw.Flush()
}

type mergeJSON struct {
	ID        string     `json:"id"`
	From      string     `json:"from"`
	Into      string     `json:"into"`
	Rule      string     `json:"rule"`
	Names     []string   `json:"names"`
	Article   string     `json:"article,omitempty"`
	CreatedAt time.Time  `json:"created_at"`
	UndoneAt  *time.Time `json:"undone_at,omitempty"`
}

func writeMergesJSON(w io.Writer, ms []graph.Merge) error {
	enc := json.NewEncoder(w)
	for _, mg := range ms {
		j := mergeJSON{ID: mg.ID, From: mg.FromID, Into: mg.IntoID, Rule: mg.Rule, Names: nonNilStrings(mg.Names),
			Article: mg.ArticleID, CreatedAt: mg.CreatedAt.UTC()}
		if !mg.Active() {
			t := mg.UndoneAt.UTC()
			j.UndoneAt = &t
		}
		if err := enc.Encode(j); err != nil {
			return err
		}
	}
	return nil
}

func nonNilStrings(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
