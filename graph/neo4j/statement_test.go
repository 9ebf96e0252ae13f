package neo4j

import (
	"bytes"
	"io/fs"
	"os"
	"path"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph/neo4j/internal/cyphergen"
)

var (
	paramRef = regexp.MustCompile(`\$([A-Za-z_][A-Za-z0-9_]*)`)
	rowRef   = regexp.MustCompile(`\brow\.([A-Za-z_][A-Za-z0-9_]*)`)
	// Comments, string literals and backquoted names may hold a '$' or
	// "row." that is not a reference.
	notCode = regexp.MustCompile(`(?m)//.*$|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"` + "|`[^`]*`")
)

func code(cypher string) string { return notCode.ReplaceAllString(cypher, " ") }

func refs(re *regexp.Regexp, cypher string) []string {
	var out []string
	for _, m := range re.FindAllStringSubmatch(code(cypher), -1) {
		out = append(out, m[1])
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// TestStatementParameters checks that every $parameter a statement names is
// supplied by the one function that builds its parameters, and that the
// function supplies nothing the statement does not use; for batch
// statements, the same of each row's keys and the statement's row.key
// references.
func TestStatementParameters(t *testing.T) {
	if len(registry) == 0 {
		t.Fatal("no statement is registered")
	}
	for _, r := range registry {
		t.Run(r.name, func(t *testing.T) {
			if got, want := refs(paramRef, r.cypher), r.keys; !slices.Equal(got, want) {
				t.Errorf("parameters: the statement uses %v, its builder supplies %v", got, want)
			}
			if r.rowKeys == nil {
				if used := refs(rowRef, r.cypher); len(used) > 0 && !strings.Contains(r.cypher, "AS row") {
					t.Errorf("statement reads row.%v but has no row builder", used)
				}
				return
			}
			if got, want := refs(rowRef, r.cypher), r.rowKeys; !slices.Equal(got, want) {
				t.Errorf("row keys: the statement reads %v, each row holds %v", got, want)
			}
		})
	}
}

// TestEveryFileIsAStatement checks that every embedded Cypher file is run
// by some Go code (so none is dead, and each one's parameters are checked
// above), and that migrations take no parameters.
func TestEveryFileIsAStatement(t *testing.T) {
	defined := map[string]bool{}
	for _, r := range registry {
		if defined[r.name] {
			t.Errorf("statement %s is defined twice", r.name)
		}
		defined[r.name] = true
	}
	files, err := fs.Glob(cypherFiles, "cypher/*.cypher")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if name := strings.TrimSuffix(path.Base(f), ".cypher"); !defined[name] {
			t.Errorf("%s is embedded but no Go code runs it", f)
		}
	}
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) == 0 {
		t.Fatal("no migrations")
	}
	for i, m := range ms {
		if m.version != i+1 {
			t.Errorf("migration %s has version %d, want %d (no gaps)", m.name, m.version, i+1)
		}
		if p := refs(paramRef, m.cypher); len(p) > 0 {
			t.Errorf("migration %s takes parameters %v; schema statements run without", m.name, p)
		}
		if !strings.Contains(m.cypher, "IF NOT EXISTS") {
			t.Errorf("migration %s lacks IF NOT EXISTS: running it twice would fail", m.name)
		}
	}
}

// TestGeneratedFilesUpToDate fails when the type lists in package graph
// changed and go generate was not run.
func TestGeneratedFilesUpToDate(t *testing.T) {
	files, err := cyphergen.Generate()
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range files {
		got, err := os.ReadFile(path.Join("cypher", name))
		if err != nil {
			t.Errorf("%s: %v (run go generate ./graph/neo4j)", name, err)
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("cypher/%s is out of date: run go generate ./graph/neo4j", name)
		}
	}
}
