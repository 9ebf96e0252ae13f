package sqlite

import (
	"context"
	"database/sql"
	"fmt"
)

// maxMergeChain bounds how many merges one id may pass through. Merges never
// form a cycle (ApplyMerge refuses one), so only a damaged file reaches it.
const maxMergeChain = 1000

// resolver follows active merges within one transaction. It remembers, for
// each id it has looked up, the id it is merged into ("" for none), and
// fetches the ids it does not know yet in one query per chain step.
type resolver struct {
	t    *txn
	into map[string]string
}

// load fetches the merge edges out of ids, and out of the ids those lead
// to, that the resolver does not know yet.
func (r *resolver) load(ctx context.Context, ids []string) error {
	missing := make([]string, 0, len(ids))
	for _, id := range ids {
		if _, ok := r.into[id]; !ok && id != "" {
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
		var next []string
		err := r.t.scanAll(ctx, func(rows *sql.Rows) error {
			var from, into string
			if err := rows.Scan(&from, &into); err != nil {
				return err
			}
			r.into[from] = into
			if _, ok := r.into[into]; !ok {
				next = append(next, into)
			}
			return nil
		}, `SELECT from_id, into_id FROM merges
			WHERE undone_at IS NULL AND from_id IN (SELECT value FROM json_each(?))`, jsonArray(missing))
		if err != nil {
			return fmt.Errorf("load merges: %w", err)
		}
		missing = next
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
