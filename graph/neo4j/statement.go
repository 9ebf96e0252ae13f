package neo4j

import (
	"embed"
	"fmt"
	"io/fs"
	"slices"
	"strings"
)

// Every statement lives in its own file, so that it can be read, linted
// with Neo4j's own analyser (tools/cypherlint) and pasted into Neo4j
// Browser as it is.
//
//go:embed cypher/*.cypher cypher/schema/*.cypher
var cypherFiles embed.FS

// statement is one embedded Cypher file and the one function that builds
// its parameters from A. Builders always set every parameter the statement
// names (nil where a value is absent): a missing parameter is an error in
// Cypher, and TestStatementParameters checks the two agree.
type statement[A any] struct {
	name   string
	cypher string
	params func(A) map[string]any
}

// registered is what the parameter test needs to know of a statement.
type registered struct {
	name    string
	cypher  string
	keys    []string // the parameters its builder supplies
	rowKeys []string // the keys of each $rows element, for batch statements
}

var registry []registered

// define loads the statement in cypher/<name>.cypher. It panics when the
// file is missing: the set of files is fixed at build time, so that is a
// programming error a test run catches at once.
func define[A any](name string, params func(A) map[string]any) statement[A] {
	st := statement[A]{name: name, cypher: load("cypher/" + name + ".cypher"), params: params}
	var zero A
	registry = append(registry, registered{name: name, cypher: st.cypher, keys: sortedKeys(params(zero))})
	return st
}

// batch is a statement that writes or reads one row per element of $rows.
// Rows are built from R by row, and sent BatchSize at a time.
type batch[R any] struct {
	statement[[]R]
	row func(R) map[string]any
}

// defineBatch loads the batch statement in cypher/<name>.cypher, whose only
// parameter is $rows.
func defineBatch[R any](name string, row func(R) map[string]any) batch[R] {
	st := statement[[]R]{
		name:   name,
		cypher: load("cypher/" + name + ".cypher"),
		params: func(rs []R) map[string]any {
			rows := make([]map[string]any, len(rs))
			for i, r := range rs {
				rows[i] = row(r)
			}
			return map[string]any{"rows": rows}
		},
	}
	var zero R
	registry = append(registry, registered{
		name: name, cypher: st.cypher, keys: []string{"rows"}, rowKeys: sortedKeys(row(zero)),
	})
	return batch[R]{st, row}
}

func load(path string) string {
	b, err := cypherFiles.ReadFile(path)
	if err != nil {
		panic(fmt.Sprintf("neo4j: statement %s is not embedded: %v", path, err))
	}
	return string(b)
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// names returns the names of typed values (entity types, modalities) as
// plain strings, for a list parameter.
func names[T ~string](ts []T) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = string(t)
	}
	return out
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// noParams is the builder of statements that take no parameters.
func noParams(struct{}) map[string]any { return map[string]any{} }

// migration is one schema statement, applied once and recorded.
type migration struct {
	version int
	name    string
	cypher  string
}

// migrations returns the files in cypher/schema in version order. Each is
// named NNNN_name.cypher and holds one statement: Neo4j runs schema
// statements one per transaction.
func migrations() ([]migration, error) {
	names, err := fs.Glob(cypherFiles, "cypher/schema/*.cypher")
	if err != nil {
		return nil, err
	}
	out := make([]migration, 0, len(names))
	for _, path := range names {
		base := strings.TrimSuffix(path[strings.LastIndexByte(path, '/')+1:], ".cypher")
		num, name, ok := strings.Cut(base, "_")
		var v int
		if _, err := fmt.Sscanf(num, "%d", &v); !ok || err != nil || v <= 0 {
			return nil, fmt.Errorf("migration file %s is not named NNNN_name.cypher", path)
		}
		out = append(out, migration{version: v, name: name, cypher: load(path)})
	}
	slices.SortFunc(out, func(a, b migration) int { return a.version - b.version })
	for i := 1; i < len(out); i++ {
		if out[i].version == out[i-1].version {
			return nil, fmt.Errorf("migrations %s and %s share version %d", out[i-1].name, out[i].name, out[i].version)
		}
	}
	return out, nil
}
