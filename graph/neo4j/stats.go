package neo4j

import (
	"context"
	"fmt"

	"github.com/geokg/geokg/graph"
)

var statsStmt = define("stats", noParams)

// Stats counts what the store holds.
func (s *Store) Stats(ctx context.Context) (graph.Stats, error) {
	st := graph.Stats{
		EntityTypes:   make(map[graph.EntityType]int),
		EventTypes:    make(map[graph.EventType]int),
		RelationTypes: make(map[graph.RelationType]int),
	}
	err := s.read(ctx, func(ctx context.Context, r runner) error {
		recs, err := run(ctx, r, statsStmt, struct{}{})
		if err != nil || len(recs) == 0 {
			return err
		}
		rec := recs[0]
		var d decoder
		st.Articles, st.Mentions = d.int(rec, "articles"), d.int(rec, "mentions")
		st.Claims, st.Merges = d.int(rec, "claims"), d.int(rec, "merges")
		for _, m := range d.maps(rec, "entityTypes") {
			n := d.int(m, "n")
			st.EntityTypes[graph.EntityType(d.str(m, "type"))] = n
			st.Entities += n
		}
		for _, m := range d.maps(rec, "eventTypes") {
			n := d.int(m, "n")
			st.EventTypes[graph.EventType(d.str(m, "type"))] = n
			st.Events += n
		}
		for _, m := range d.maps(rec, "relationTypes") {
			n := d.int(m, "n")
			st.RelationTypes[graph.RelationType(d.str(m, "type"))] = n
			st.Relations += n
		}
		return d.err
	})
	if err != nil {
		return graph.Stats{}, fmt.Errorf("stats: %w", err)
	}
	return st, nil
}
