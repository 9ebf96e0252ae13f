package schema

import (
	"io/fs"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"
)

func load(t *testing.T) *ast.Schema {
	t.Helper()
	names, err := fs.Glob(FS, "*.graphqls")
	if err != nil {
		t.Fatal(err)
	}
	var sources []*ast.Source
	for _, name := range names {
		b, err := fs.ReadFile(FS, name)
		if err != nil {
			t.Fatal(err)
		}
		sources = append(sources, &ast.Source{Name: name, Input: string(b)})
	}
	s, err := gqlparser.LoadSchema(sources...)
	if err != nil {
		t.Fatalf("schema does not load: %v", err)
	}
	return s
}

// TestEverythingIsDescribed holds the schema to being the analysts'
// documentation: every type, field, argument, input field and enum value
// the schema defines says what it is.
func TestEverythingIsDescribed(t *testing.T) {
	s := load(t)
	var missing []string
	for name, def := range s.Types {
		if def.BuiltIn || strings.HasPrefix(name, "__") {
			continue
		}
		if strings.TrimSpace(def.Description) == "" {
			missing = append(missing, name)
		}
		for _, f := range def.Fields {
			if strings.HasPrefix(f.Name, "__") {
				continue
			}
			if strings.TrimSpace(f.Description) == "" {
				missing = append(missing, name+"."+f.Name)
			}
			for _, a := range f.Arguments {
				if strings.TrimSpace(a.Description) == "" {
					missing = append(missing, name+"."+f.Name+"("+a.Name+")")
				}
			}
		}
		for _, v := range def.EnumValues {
			if strings.TrimSpace(v.Description) == "" {
				missing = append(missing, name+"."+v.Name)
			}
		}
	}
	if len(missing) > 0 {
		t.Errorf("%d schema members have no description: %v", len(missing), missing)
	}
}

// TestConnectionsAreRelay checks the shape every list promises in PageInfo's
// description: a *Connection type with edges, pageInfo and totalCount, edges
// with cursor and node, and fields returning it that take first and after.
func TestConnectionsAreRelay(t *testing.T) {
	s := load(t)
	conns := 0
	for name, def := range s.Types {
		if !strings.HasSuffix(name, "Connection") || def.Kind != ast.Object {
			continue
		}
		conns++
		edge := strings.TrimSuffix(name, "Connection") + "Edge"
		want := map[string]string{"edges": "[" + edge + "!]!", "pageInfo": "PageInfo!", "totalCount": "Int!"}
		for field, typ := range want {
			f := def.Fields.ForName(field)
			if f == nil || f.Type.String() != typ {
				t.Errorf("%s.%s: got %v, want %s", name, field, f, typ)
			}
		}
		e := s.Types[edge]
		if e == nil || e.Fields.ForName("cursor") == nil || e.Fields.ForName("node") == nil {
			t.Errorf("%s: want cursor and node", edge)
		}
	}
	if conns == 0 {
		t.Fatal("schema has no connections")
	}
	for name, def := range s.Types {
		if def.BuiltIn {
			continue
		}
		for _, f := range def.Fields {
			if !strings.HasSuffix(f.Type.Name(), "Connection") {
				continue
			}
			for _, arg := range []string{"first", "after"} {
				if f.Arguments.ForName(arg) == nil {
					t.Errorf("%s.%s returns a connection but takes no %s", name, f.Name, arg)
				}
			}
			if a := f.Arguments.ForName("first"); a != nil && (a.DefaultValue == nil || a.DefaultValue.Raw != "20") {
				t.Errorf("%s.%s(first) defaults to %v, want 20", name, f.Name, a.DefaultValue)
			}
		}
	}
}
