package main

import (
	"context"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/graphio"
	"github.com/geokg/geokg/loader"
)

const copyUsage = `
Usage: geokg copy --to STORE [--from STORE] [flags]

Copy writes every article of the --from store into the --to store, with
everything it stated and the merges in force, a batch of articles per
transaction: SQLite to Neo4j and back, or between two files or servers.
Nothing is extracted again. The --from store is only read (a SQLite one
must exist); the --to store is created or migrated, as load would. On a
terminal a progress bar shows on stderr.

At the end copy prints what both stores hold and fails (exit status 1) if
the counts differ, as they do when --to held other articles before. Undone
merges are history and are not copied. Copying again changes only what
differs, so an interrupted copy can simply be run again.

A Neo4j store URI may carry its own account and database, for copies
between two servers: bolt://USER:PASSWORD@host:7687?database=NAME.

Examples:

	geokg copy --from news.db --to bolt://localhost:7687
	NEO4J_PASSWORD=secret geokg copy --from neo4j+s://db.example.org --to backup.db
	geokg copy --from 'bolt://reader:pw1@old:7687?database=news' --to 'bolt://writer:pw2@new:7687'
`

func (m *Main) runCopy(ctx context.Context, args []string) (err error) {
	f := m.newFlagSet("copy", copyUsage)
	from := f.String("from", m.env(envStore, ""),
		"the `store` to read: a SQLite file path (default ./"+defaultStore+"), sqlite:PATH, or a neo4j:// or bolt:// URI ($"+envStore+")")
	to := f.String("to", "", "the `store` to write (required), in the same forms")
	batch := f.Int("batch", loader.DefaultBatchSize, "articles written per transaction")
	if err := f.parseNoArgs(args); err != nil {
		return err
	}
	switch {
	case *to == "":
		return f.usageErr("give the store to copy into with --to")
	case *batch < 1:
		return f.usageErr("--batch %d: want at least 1", *batch)
	case m.sameStore(*from, *to):
		return f.usageErr("--from and --to name the same store, %s", m.describeStore(*to))
	}
	src, err := f.openStoreAt(ctx, *from, openOptions{source: true})
	if err != nil {
		return err
	}
	defer closeStore(src, f.log, &err)
	dst, err := f.openStoreAt(ctx, *to, openOptions{})
	if err != nil {
		return err
	}
	defer closeStore(dst, f.log, &err)

	fromName, toName := m.describeStore(*from), m.describeStore(*to)
	f.log.Info("copying", "from", fromName, "to", toName)
	start := time.Now()
	p := newProgress(m.Stderr, m.StderrIsTerminal, f.log, 0, false)
	p.verb = "copying"
	copied, err := graphio.Copy(ctx, src, dst, graphio.Options{BatchSize: *batch, Progress: p.written(start, 0)})
	p.finish()
	if err != nil {
		return fmt.Errorf("copy %s to %s: %w", fromName, toName, err)
	}
	elapsed := time.Since(start)
	a, err := src.Stats(ctx)
	if err != nil {
		return fmt.Errorf("copy: %s: %w", fromName, err)
	}
	b, err := dst.Stats(ctx)
	if err != nil {
		return fmt.Errorf("copy: %s: %w", toName, err)
	}
	fmt.Fprintf(m.Stdout, "copied %s and %s in %s\nfrom  %s\nto    %s\n\n",
		plural(copied.Articles, "article"), plural(copied.Merges, "merge"), elapsed.Round(time.Millisecond), fromName, toName)
	if err := writeStatsPair(m.Stdout, a, b); err != nil {
		return err
	}
	if d := diffStats(a, b); len(d) > 0 {
		return fmt.Errorf("copy: the stores differ after the copy (%s): did %s hold other articles before?", strings.Join(d, "; "), toName)
	}
	return nil
}

// writeStatsPair prints the totals of two stores side by side.
func writeStatsPair(w io.Writer, a, b graph.Stats) error {
	rows := statRows(a, b)
	wa, wb := len("from"), len("to")
	for _, r := range rows {
		wa, wb = max(wa, len(strconv.Itoa(r.a))), max(wb, len(strconv.Itoa(r.b)))
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "%-10s %*s  %*s\n", "", wa, "from", wb, "to")
	for _, r := range rows {
		fmt.Fprintf(&sb, "%-10s %*d  %*d\n", r.name, wa, r.a, wb, r.b)
	}
	_, err := io.WriteString(w, sb.String())
	return err
}

type statRow struct {
	name string
	a, b int
}

func statRows(a, b graph.Stats) []statRow {
	return []statRow{
		{"articles", a.Articles, b.Articles},
		{"entities", a.Entities, b.Entities},
		{"events", a.Events, b.Events},
		{"relations", a.Relations, b.Relations},
		{"claims", a.Claims, b.Claims},
		{"mentions", a.Mentions, b.Mentions},
		{"merges", a.Merges, b.Merges},
	}
}

// diffStats lists how two stores' counts differ, totals first, then by
// type; nothing when they are the same.
func diffStats(a, b graph.Stats) []string {
	var d []string
	for _, r := range statRows(a, b) {
		if r.a != r.b {
			d = append(d, fmt.Sprintf("%s %d vs %d", r.name, r.a, r.b))
		}
	}
	d = append(d, diffTypes("entities", a.EntityTypes, b.EntityTypes)...)
	d = append(d, diffTypes("events", a.EventTypes, b.EventTypes)...)
	return append(d, diffTypes("relations", a.RelationTypes, b.RelationTypes)...)
}

func diffTypes[K ~string](what string, a, b map[K]int) []string {
	keys := slices.Collect(maps.Keys(a))
	for k := range b {
		if _, ok := a[k]; !ok {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	var d []string
	for _, k := range keys {
		if a[k] != b[k] {
			d = append(d, fmt.Sprintf("%s of type %s %d vs %d", what, k, a[k], b[k]))
		}
	}
	return d
}
