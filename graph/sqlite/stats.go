package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/geokg/geokg/graph"
)

// Stats counts what the store holds.
func (s *Store) Stats(ctx context.Context) (graph.Stats, error) {
	st := graph.Stats{
		EntityTypes:   make(map[graph.EntityType]int),
		EventTypes:    make(map[graph.EventType]int),
		RelationTypes: make(map[graph.RelationType]int),
	}
	err := s.read(ctx, func(t *txn) error {
		err := t.queryRow(ctx, `SELECT
			(SELECT count(*) FROM articles),
			(SELECT count(*) FROM claims),
			(SELECT count(*) FROM mentions),
			(SELECT count(*) FROM merges WHERE undone_at IS NULL)`).
			Scan(&st.Articles, &st.Claims, &st.Mentions, &st.Merges)
		if err != nil {
			return err
		}
		for _, c := range []struct {
			query string
			add   func(typ string, n int)
		}{
			{`SELECT type, count(*) FROM entities GROUP BY type`, func(typ string, n int) {
				st.EntityTypes[graph.EntityType(typ)] = n
				st.Entities += n
			}},
			{`SELECT type, count(*) FROM events GROUP BY type`, func(typ string, n int) {
				st.EventTypes[graph.EventType(typ)] = n
				st.Events += n
			}},
			{`SELECT type, count(*) FROM relations GROUP BY type`, func(typ string, n int) {
				st.RelationTypes[graph.RelationType(typ)] = n
				st.Relations += n
			}},
		} {
			err := t.scanAll(ctx, func(rows *sql.Rows) error {
				var typ string
				var n int
				err := rows.Scan(&typ, &n)
				c.add(typ, n)
				return err
			}, c.query)
			if err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return graph.Stats{}, fmt.Errorf("stats: %w", err)
	}
	return st, nil
}
