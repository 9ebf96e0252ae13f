// Package mergechain follows chains of active merges for the stores: which
// id each id reads as, learnt with one fetch of merge edges per step of the
// chains, whatever the backend.
package mergechain

import (
	"context"
	"fmt"

	"github.com/geokg/geokg/graph"
)

// MaxChain bounds how many merges one id may pass through. ApplyMerge never
// lets merges form a cycle, so only a damaged store reaches it.
const MaxChain = 1000

// Edge is one active merge: From reads as Into.
type Edge struct{ From, Into string }

// Fetch returns the active merges out of any of ids.
type Fetch func(ctx context.Context, ids []string) ([]Edge, error)

// Resolver follows active merges. It remembers, for each id it has looked
// up, the id it is merged into ("" for none), and fetches the ids it does
// not know yet in one call per step of their chains. A write transaction
// keeps one for its whole unit of work and tells it of the merges it
// applies or undoes; it is not safe for concurrent use.
type Resolver struct {
	fetch Fetch
	into  map[string]string
}

// New returns a resolver that learns merges with fetch.
func New(fetch Fetch) *Resolver {
	return &Resolver{fetch: fetch, into: make(map[string]string)}
}

// Load fetches the merges out of ids, and out of the ids those lead to,
// that the resolver does not know yet. Loading the ids of a whole batch
// first spares Resolve a fetch per id.
func (r *Resolver) Load(ctx context.Context, ids []string) error {
	var missing []string
	seen := make(map[string]bool)
	for _, id := range ids {
		if _, ok := r.into[id]; !ok && id != "" && !seen[id] {
			seen[id] = true
			missing = append(missing, id)
		}
	}
	for step := 0; len(missing) > 0; step++ {
		if step > MaxChain {
			return fmt.Errorf("merge chain from %s is longer than %d", missing[0], MaxChain)
		}
		for _, id := range missing {
			r.into[id] = ""
		}
		edges, err := r.fetch(ctx, missing)
		if err != nil {
			return fmt.Errorf("load merges: %w", err)
		}
		missing = missing[:0:0]
		for _, e := range edges {
			r.into[e.From] = e.Into
			if _, ok := r.into[e.Into]; !ok {
				missing = append(missing, e.Into)
			}
		}
	}
	return nil
}

// Resolve returns the id that id reads as: the end of its chain of active
// merges, or id itself.
func (r *Resolver) Resolve(ctx context.Context, id string) (string, error) {
	if id == "" {
		return "", nil
	}
	for range MaxChain {
		next, ok := r.into[id]
		if !ok {
			if err := r.Load(ctx, []string{id}); err != nil {
				return "", err
			}
			next = r.into[id]
		}
		if next == "" {
			return id, nil
		}
		id = next
	}
	return "", fmt.Errorf("merge chain through %s is longer than %d", id, MaxChain)
}

// ResolveAll maps each of ids to the id it reads as.
func (r *Resolver) ResolveAll(ctx context.Context, ids []string) (map[string]string, error) {
	if err := r.Load(ctx, ids); err != nil {
		return nil, err
	}
	out := make(map[string]string, len(ids))
	for _, id := range ids {
		to, err := r.Resolve(ctx, id)
		if err != nil {
			return nil, err
		}
		out[id] = to
	}
	return out, nil
}

// MergedInto returns the id that id is directly merged into, "" when none
// or when the resolver has not loaded id.
func (r *Resolver) MergedInto(id string) string { return r.into[id] }

// Merged tells the resolver of a merge of from into into applied in its
// own transaction, which a fetch may not see yet.
func (r *Resolver) Merged(from, into string) { r.into[from] = into }

// Unmerged tells the resolver that the merge out of from was undone in its
// own transaction.
func (r *Resolver) Unmerged(from string) { r.into[from] = "" }

// StatedIDs lists every node id the graphs name, as their extractors gave
// them, for one Load of the merges that apply to a batch: entities,
// events, speakers and the ends of the merges the graphs carry.
func StatedIDs(graphs []graph.ArticleGraph) []string {
	var ids []string
	for _, g := range graphs {
		for _, r := range g.Entities {
			ids = append(ids, r.Entity.ID)
		}
		for _, r := range g.Events {
			ids = append(ids, r.Event.ID)
		}
		for _, c := range g.Claims {
			ids = append(ids, c.SpeakerID)
		}
		for _, m := range g.Merges {
			ids = append(ids, m.FromID, m.IntoID)
		}
	}
	return ids
}
