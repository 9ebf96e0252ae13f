package server

import (
	"reflect"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/complexity"
	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/server/exec"
)

func executableSchema() *ast.Schema {
	cfg := exec.Config{Resolvers: &Resolver{}}
	setComplexity(&cfg.Complexity)
	return exec.NewExecutableSchema(cfg).Schema()
}

func TestSelectionDepth(t *testing.T) {
	schema := executableSchema()
	tests := []struct {
		query string
		want  int
	}{
		{`{ stats { articles } }`, 2},
		{`{ entity(id: "person:a") { name } }`, 2},
		{`{ searchEntities { edges { node { relations { edges { node { claims { edges { node { article { title } } } } } } } } } } }`, 11},
		{`{ searchEntities { edges { node { ...E } } } } fragment E on Entity { relations { edges { node { id } } } }`, 7},
		{`{ node(id: "event:x") { ... on Event { location { name } } } }`, 3},
		{`{ __schema { types { fields { type { ofType { ofType { name } } } } } } }`, 0},
		{`{ stats { __typename } event(id: "event:x") { name } }`, 2},
	}
	for _, tt := range tests {
		doc, err := gqlparser.LoadQueryWithRules(schema, tt.query, nil)
		if err != nil {
			t.Fatalf("%s: %v", tt.query, err)
		}
		if got := selectionDepth(doc.Operations[0].SelectionSet); got != tt.want {
			t.Errorf("depth of %s: got %d, want %d", tt.query, got, tt.want)
		}
	}
}

func TestPageCost(t *testing.T) {
	tests := []struct {
		child int
		first *int
		want  int
	}{
		{1, nil, 1 + graph.DefaultPageSize},
		{3, ptr(10), 31},
		{3, ptr(0), 4},
		{3, ptr(-5), 4},
		{0, ptr(10), 11},
		{2, ptr(1_000_000), 1 + 2*graph.MaxPageSize},
		{int(^uint(0) >> 2), ptr(1000), int(^uint(0) >> 1)},
	}
	for _, tt := range tests {
		if got := pageCost(tt.child, tt.first); got != tt.want {
			t.Errorf("pageCost(%d, %v): got %d, want %d", tt.child, deref(tt.first), got, tt.want)
		}
	}
}

func deref(p *int) any {
	if p == nil {
		return nil
	}
	return *p
}

// TestEveryConnectionIsPriced checks that each field taking `first` has a
// complexity function, so a schema change cannot add a list the limit
// would price at 1.
func TestEveryConnectionIsPriced(t *testing.T) {
	var c exec.ComplexityRoot
	setComplexity(&c)
	root := reflect.ValueOf(c)
	n := 0
	for name, def := range executableSchema().Types {
		if def.BuiltIn || def.Kind != ast.Object {
			continue
		}
		for _, f := range def.Fields {
			if f.Arguments.ForName("first") == nil {
				continue
			}
			n++
			typ := root.FieldByName(name)
			if !typ.IsValid() {
				t.Errorf("%s.%s: no complexity struct for %s", name, f.Name, name)
				continue
			}
			fn := typ.FieldByName(strings.ToUpper(f.Name[:1]) + f.Name[1:])
			if !fn.IsValid() || fn.IsNil() {
				t.Errorf("%s.%s takes first but has no complexity function", name, f.Name)
			}
		}
	}
	if n < 15 {
		t.Errorf("found %d fields taking first, want at least 15", n)
	}
}

// TestComplexity checks what operations cost, including the example
// docs/graphql.md works through.
func TestComplexity(t *testing.T) {
	cfg := exec.Config{Resolvers: &Resolver{}}
	setComplexity(&cfg.Complexity)
	es := exec.NewExecutableSchema(cfg)
	tests := []struct {
		query string
		want  int
	}{
		{`{ stats { articles } }`, 2},
		{`{ events(first: 10) { totalCount } }`, 1 + 10*1},
		{`{ events { edges { node { name } } } }`, 1 + 20*(1+(1+1))},
		// docs/graphql.md, "Limits".
		{`{ searchEntities(first: 50) { edges { node { name relations(first: 20) { edges { node { type target { name } } } } } } } }`, 5201},
		// Every connection below the root is batched across its parents,
		// so each costs what it can return and no more.
		{`{ articles(first: 2) { edges { node { events(first: 1) { totalCount } } } } }`, 1 + 2*(1+(1+(1+1*1)))},
		{`{ relation(id: "rel:1") { articles(first: 3) { edges { node { title } } } } }`, 1 + (1 + 3*(1+(1+1)))},
	}
	for _, tt := range tests {
		doc, err := gqlparser.LoadQueryWithRules(es.Schema(), tt.query, nil)
		if err != nil {
			t.Fatalf("%s: %v", tt.query, err)
		}
		if got := complexity.Calculate(t.Context(), es, doc.Operations[0], nil); got != tt.want {
			t.Errorf("complexity of %s: got %d, want %d", tt.query, got, tt.want)
		}
	}
}
