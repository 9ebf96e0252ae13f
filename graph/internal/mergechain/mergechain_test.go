package mergechain

import (
	"context"
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
)

// edges is a fetch over a fixed set of active merges that records each
// call's ids.
type edges struct {
	into  map[string]string
	calls [][]string
}

func (e *edges) fetch(_ context.Context, ids []string) ([]Edge, error) {
	e.calls = append(e.calls, slices.Sorted(slices.Values(ids)))
	var out []Edge
	for _, id := range ids {
		if to, ok := e.into[id]; ok {
			out = append(out, Edge{From: id, Into: to})
		}
	}
	return out, nil
}

func TestResolve(t *testing.T) {
	e := &edges{into: map[string]string{"a": "b", "b": "c", "x": "c"}}
	r := New(e.fetch)
	got, err := r.ResolveAll(t.Context(), []string{"a", "x", "x", "c", "lone", ""})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"a": "c", "x": "c", "c": "c", "lone": "lone", "": ""}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	// One fetch per step of the longest chain, each id asked once.
	wantCalls := [][]string{{"a", "c", "lone", "x"}, {"b"}}
	if !reflect.DeepEqual(e.calls, wantCalls) {
		t.Errorf("fetches: got %v, want %v", e.calls, wantCalls)
	}
	if to, err := r.Resolve(t.Context(), "b"); err != nil || to != "c" || len(e.calls) != 2 {
		t.Errorf("a known id: got %q, %v after %d fetches, want \"c\" with no new fetch", to, err, len(e.calls))
	}
	if got := r.MergedInto("a"); got != "b" {
		t.Errorf("MergedInto(a): got %q, want %q", got, "b")
	}
}

func TestMergedAndUnmerged(t *testing.T) {
	e := &edges{into: map[string]string{"a": "b"}}
	r := New(e.fetch)
	if err := r.Load(t.Context(), []string{"a", "b", "c"}); err != nil {
		t.Fatal(err)
	}
	r.Merged("b", "c")
	if to, _ := r.Resolve(t.Context(), "a"); to != "c" {
		t.Errorf("after Merged(b, c): a reads as %q, want %q", to, "c")
	}
	r.Unmerged("a")
	if to, _ := r.Resolve(t.Context(), "a"); to != "a" {
		t.Errorf("after Unmerged(a): a reads as %q, want %q", to, "a")
	}
	if len(e.calls) != 1 {
		t.Errorf("got %d fetches, want 1: the resolver knows what its transaction did", len(e.calls))
	}
}

func TestCycleIsAnError(t *testing.T) {
	r := New((&edges{into: map[string]string{"a": "b", "b": "a"}}).fetch)
	_, err := r.Resolve(t.Context(), "a")
	if err == nil || !strings.Contains(err.Error(), "longer than") {
		t.Errorf("got %v, want a merge chain error", err)
	}
}

func TestFetchError(t *testing.T) {
	boom := errors.New("connection reset")
	r := New(func(context.Context, []string) ([]Edge, error) { return nil, boom })
	if _, err := r.ResolveAll(t.Context(), []string{"a"}); !errors.Is(err, boom) {
		t.Errorf("got %v, want it to wrap %v", err, boom)
	}
}

func TestStatedIDs(t *testing.T) {
	g := graph.ArticleGraph{
		Entities: []graph.EntityReport{{Entity: graph.Entity{ID: "person:a"}}},
		Events:   []graph.EventReport{{Event: graph.Event{ID: "event:e"}}},
		Claims:   []graph.Claim{{SpeakerID: "person:s"}},
		Merges:   []graph.Merge{{FromID: "person:f", IntoID: "person:i"}},
	}
	want := []string{"person:a", "event:e", "person:s", "person:f", "person:i"}
	if got := StatedIDs([]graph.ArticleGraph{g}); !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}
