package main

import (
	"context"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/graphio"
	"github.com/geokg/geokg/graph/neo4j"
)

const exportUsage = `
Usage: geokg export --format neo4j-admin [flags] DIR
       geokg export --format jsonl [flags] FILE|DIR|-

Export writes out everything the store holds, for another database or tool.
It only reads the store, which must exist; export while nothing loads into
it, or it fails saying the store changed under it.

--format neo4j-admin writes into DIR (created if missing; files of the same
names are replaced) the node and relationship CSV files that
"neo4j-admin database import" reads, from any store, in the shape geokg's
Neo4j store writes. It prints the import command: run it from DIR while the
database is stopped, then start Neo4j and run "geokg migrate" on it.

--format jsonl writes one graph per line: an article with every entity,
event and claim it stated, under the ids its extractor gave, and with the
merges it decided (merges made by hand ride on the last line). "geokg
import" reads it into any store. A folder gets the file DIR/geokg.jsonl; -
writes to standard output.

Examples:

	geokg export --format neo4j-admin --store news.db export/
	geokg export --format jsonl --store bolt://localhost:7687 backup.jsonl
	geokg export --format jsonl - | gzip > geokg.jsonl.gz
`

// Export formats.
const (
	formatNeo4jAdmin = "neo4j-admin"
	formatJSONL      = "jsonl"
)

// jsonlName is the file export writes into a folder given for jsonl.
const jsonlName = "geokg.jsonl"

// databaseName is what Neo4j accepts as a database name, and so all the
// printed import command ever holds.
var databaseName = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9.-]{0,62}$`)

func (m *Main) runExport(ctx context.Context, args []string) (err error) {
	f := m.newFlagSet("export", exportUsage)
	f.storeFlag()
	format := f.String("format", "", "the `format`: neo4j-admin (CSV files for neo4j-admin database import) or jsonl (one graph per line)")
	database := f.String("database", m.env(envNeo4jDatabase, neo4j.DefaultDatabase),
		"with neo4j-admin: the `name` of the Neo4j database the printed import command fills ($"+envNeo4jDatabase+")")
	outs, err := f.parse(args)
	if err != nil {
		return err
	}
	switch *format {
	case formatNeo4jAdmin, formatJSONL:
	case "":
		return f.usageErr("--format: give %s or %s", formatNeo4jAdmin, formatJSONL)
	default:
		return f.usageErr("--format %q: want %s or %s", *format, formatNeo4jAdmin, formatJSONL)
	}
	switch {
	case len(outs) == 0 && *format == formatNeo4jAdmin:
		return f.usageErr("give the folder to write the CSV files into")
	case len(outs) == 0:
		return f.usageErr("give the file to write, a folder, or - for standard output")
	case len(outs) > 1:
		return f.usageErr("unexpected argument %q: export writes to one place", outs[1])
	case *format == formatNeo4jAdmin && outs[0] == "-":
		return f.usageErr("neo4j-admin reads several files: give a folder, not -")
	case !databaseName.MatchString(*database):
		return f.usageErr("--database %q is not a Neo4j database name", *database)
	}
	out := outs[0]

	store, err := f.openStoreAt(ctx, f.store, openOptions{source: true})
	if err != nil {
		return err
	}
	defer closeStore(store, f.log, &err)
	before, err := store.Stats(ctx)
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	// unchanged fails the export when the store's counts moved while it
	// was read: the files would hold no single state of the store.
	unchanged := func() error {
		after, err := store.Stats(ctx)
		if err != nil {
			return fmt.Errorf("export: %w", err)
		}
		if d := diffStats(before, after); len(d) > 0 {
			return fmt.Errorf("export: the store changed while it was read (%s); export again when nothing writes to it", strings.Join(d, "; "))
		}
		return nil
	}
	if *format == formatNeo4jAdmin {
		res, err := neo4j.WriteAdminImport(ctx, store, out)
		if err != nil {
			return fmt.Errorf("export: %w", err)
		}
		if err := unchanged(); err != nil {
			return err
		}
		return writeAdminSummary(m.Stdout, res, *database)
	}
	return m.exportJSONL(ctx, f, store, out, before, unchanged)
}

// exportJSONL writes the store's graphs to out: standard output, or a file
// that appears, complete, only when the export succeeded.
func (m *Main) exportJSONL(ctx context.Context, f *flagSet, store graph.Store, out string, st graph.Stats, unchanged func() error) error {
	if out == "-" {
		n, err := graphio.WriteJSONL(ctx, m.Stdout, store)
		if err != nil {
			return fmt.Errorf("export: %w", err)
		}
		if err := unchanged(); err != nil {
			return err
		}
		f.log.Info("exported", "articles", n, "merges", st.Merges)
		return nil
	}
	if fi, err := os.Stat(out); err == nil && fi.IsDir() {
		out = filepath.Join(out, jsonlName)
	}
	tmp, err := os.CreateTemp(filepath.Dir(out), "."+filepath.Base(out)+".*.tmp")
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	defer os.Remove(tmp.Name()) // fails harmlessly once renamed
	n, err := graphio.WriteJSONL(ctx, tmp, store)
	if err == nil {
		err = tmp.Chmod(0o644) // CreateTemp's 0600 is for the temporary name only
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = unchanged()
	}
	if err == nil {
		err = os.Rename(tmp.Name(), out)
	}
	if err != nil {
		return fmt.Errorf("export to %s: %w", out, err)
	}
	_, err = fmt.Fprintf(m.Stdout, "wrote %s and %s to %s\n", plural(n, "article"), plural(st.Merges, "merge"), out)
	return err
}

// writeAdminSummary prints the files written, their rows, and the command
// that imports them, alone on the last line for scripts.
func writeAdminSummary(w io.Writer, res neo4j.AdminImport, database string) error {
	var b strings.Builder
	fmt.Fprintf(&b, "wrote %d files to %s:\n", len(res.Nodes)+len(res.Relationships), res.Dir)
	nameWidth, rowsWidth := 0, 0
	for name, n := range maps.All(res.Nodes) {
		nameWidth, rowsWidth = max(nameWidth, len(name)), max(rowsWidth, len(strconv.Itoa(n)))
	}
	for name, n := range maps.All(res.Relationships) {
		nameWidth, rowsWidth = max(nameWidth, len(name)), max(rowsWidth, len(strconv.Itoa(n)))
	}
	for _, group := range []struct {
		what  string
		files map[string]int
	}{{"nodes", res.Nodes}, {"relationships", res.Relationships}} {
		for _, name := range slices.Sorted(maps.Keys(group.files)) {
			fmt.Fprintf(&b, "  %-*s  %*d %s\n", nameWidth, name, rowsWidth, group.files[name], group.what)
		}
	}
	fmt.Fprintf(&b, "\nImport them into the Neo4j database %q while it is stopped, then start Neo4j and\n"+
		"run \"geokg migrate --store <its bolt:// or neo4j:// URI>\" to add geokg's schema:\n\n", database)
	fmt.Fprintf(&b, "cd %s && %s\n", shellQuote(res.Dir), res.Command(database))
	_, err := io.WriteString(w, b.String())
	return err
}

// shellQuote quotes s for a POSIX shell when it needs it.
func shellQuote(s string) string {
	if s != "" && strings.Trim(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_./-+=:,@") == "" {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// plural says "1 article" or "7 articles", "1 entity" or "2 entities".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	if stem, ok := strings.CutSuffix(noun, "y"); ok {
		noun = stem + "ie"
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
