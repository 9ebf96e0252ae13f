package neo4j

import (
	"context"
	"fmt"
)

// maxMergeChain bounds how many merges one id may pass through. ApplyMerge
// never lets merges form a cycle, so only a damaged database reaches it.
const maxMergeChain = 1000

var mergeResolveStmt = define("merge_resolve", func(ids []string) map[string]any {
	return map[string]any{"ids": nonNil(ids)}
})

// resolver follows active merges. It remembers, for each id it has looked
// up, the id it is merged into ("" for none), and fetches the ids it does
// not know yet with one statement per step of their chains. A write
// transaction keeps one for its whole unit of work and tells it of the
// merges it applies or undoes.
type resolver struct {
	r    runner
	into map[string]string
}

func newResolver(r runner) *resolver {
	return &resolver{r: r, into: make(map[string]string)}
}

// load fetches the merges out of ids, and out of the ids those lead to,
// that the resolver does not know yet.
func (r *resolver) load(ctx context.Context, ids []string) error {
	var missing []string
	seen := make(map[string]bool)
	for _, id := range ids {
		if _, ok := r.into[id]; !ok && id != "" && !seen[id] {
			seen[id] = true
			missing = append(missing, id)
		}
	}
	for step := 0; len(missing) > 0; step++ {
		if step > maxMergeChain {
			return fmt.Errorf("merge chain from %s is longer than %d", missing[0], maxMergeChain)
		}
		for _, id := range missing {
			r.into[id] = ""
		}
		recs, err := run(ctx, r.r, mergeResolveStmt, missing)
		if err != nil {
			return fmt.Errorf("load merges: %w", err)
		}
		missing = missing[:0:0]
		var d decoder
		for _, rec := range recs {
			from, into := d.str(rec, "fromId"), d.str(rec, "intoId")
			r.into[from] = into
			if _, ok := r.into[into]; !ok {
				missing = append(missing, into)
			}
		}
		if d.err != nil {
			return fmt.Errorf("load merges: %w", d.err)
		}
	}
	return nil
}

// resolve returns the id that id reads as: the end of its chain of active
// merges, or id itself.
func (r *resolver) resolve(ctx context.Context, id string) (string, error) {
	if id == "" {
		return "", nil
	}
	for range maxMergeChain {
		next, ok := r.into[id]
		if !ok {
			if err := r.load(ctx, []string{id}); err != nil {
				return "", err
			}
			next = r.into[id]
		}
		if next == "" {
			return id, nil
		}
		id = next
	}
	return "", fmt.Errorf("merge chain through %s is longer than %d", id, maxMergeChain)
}

// resolveAll maps each of ids to the id it reads as.
func (r *resolver) resolveAll(ctx context.Context, ids []string) (map[string]string, error) {
	if err := r.load(ctx, ids); err != nil {
		return nil, err
	}
	out := make(map[string]string, len(ids))
	for _, id := range ids {
		to, err := r.resolve(ctx, id)
		if err != nil {
			return nil, err
		}
		out[id] = to
	}
	return out, nil
}

// merged and unmerged keep the resolver in step with merges applied or
// undone in its own transaction.
func (r *resolver) merged(from, into string) { r.into[from] = into }
func (r *resolver) unmerged(from string)     { r.into[from] = "" }

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
