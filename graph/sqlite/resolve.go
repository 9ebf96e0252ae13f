package sqlite

import (
	"context"
	"database/sql"

	"github.com/geokg/geokg/graph/internal/mergechain"
)

// activeMerges is how a transaction's resolver (mergechain.Resolver) learns
// the active merges out of ids.
func (t *txn) activeMerges(ctx context.Context, ids []string) ([]mergechain.Edge, error) {
	var out []mergechain.Edge
	err := t.scanAll(ctx, func(rows *sql.Rows) error {
		var e mergechain.Edge
		err := rows.Scan(&e.From, &e.Into)
		out = append(out, e)
		return err
	}, `SELECT from_id, into_id FROM merges
		WHERE undone_at IS NULL AND from_id IN (SELECT value FROM json_each(?))`, jsonArray(ids))
	return out, err
}
