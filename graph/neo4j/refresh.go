package neo4j

import (
	"context"
	"fmt"

	"github.com/geokg/geokg/graph"
)

// refresh summarises again every node and relation the transaction
// touched, from the statements the database now holds (this transaction's
// own included): a node or relation no statement supports any more is
// deleted. Summaries are computed in Go with graph.Summarize*, the rules
// every backend shares, and written back in batches.
func (w *writer) refresh(ctx context.Context) error {
	entities, goneEntities, err := w.summarizeEntities(ctx, sortedSet(w.entities))
	if err != nil {
		return fmt.Errorf("refresh entities: %w", err)
	}
	events, goneEvents, err := w.summarizeEvents(ctx, sortedSet(w.events))
	if err != nil {
		return fmt.Errorf("refresh events: %w", err)
	}
	relations, goneRelations, err := w.summarizeRelations(ctx, sortedSet(w.relations))
	if err != nil {
		return fmt.Errorf("refresh relations: %w", err)
	}
	size := w.s.batch
	// Nodes first, then what connects them: typed relationships and
	// INVOLVES need both ends to exist.
	steps := []func() error{
		func() error { _, err := runBatch(ctx, w, entityPut, entities, size); return err },
		func() error { _, err := runBatch(ctx, w, eventPut, events, size); return err },
		func() error { return w.runIDs(ctx, entityDeleteStmt, goneEntities) },
		func() error { return w.runIDs(ctx, eventDeleteStmt, goneEvents) },
		func() error { return w.runIDs(ctx, relationDeleteStmt, goneRelations) },
		func() error { _, err := runBatch(ctx, w, relationPut, relations, size); return err },
		func() error { _, err := runBatch(ctx, w, eventInvolves, events, size); return err },
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return fmt.Errorf("refresh: %w", err)
		}
	}
	clear(w.entities)
	clear(w.events)
	clear(w.relations)
	return nil
}

// runIDs runs a statement over ids, BatchSize at a time; none runs nothing.
func (w *writer) runIDs(ctx context.Context, st statement[[]string], ids []string) error {
	for start := 0; start < len(ids); start += w.s.batch {
		if _, err := run(ctx, w, st, ids[start:min(start+w.s.batch, len(ids))]); err != nil {
			return err
		}
	}
	return nil
}

// readIDs runs a read statement over ids, BatchSize at a time.
func (w *writer) readIDs(ctx context.Context, st statement[[]string], ids []string) ([]map[string]any, error) {
	var out []map[string]any
	for start := 0; start < len(ids); start += w.s.batch {
		recs, err := run(ctx, w, st, ids[start:min(start+w.s.batch, len(ids))])
		if err != nil {
			return nil, err
		}
		out = append(out, recs...)
	}
	return out, nil
}

// summarizeEntities reads every report of the given entities and returns
// their summaries, and the ids no report names any more.
func (w *writer) summarizeEntities(ctx context.Context, ids []string) ([]graph.Entity, []string, error) {
	recs, err := w.readIDs(ctx, entityReportsStmt, ids)
	if err != nil {
		return nil, nil, err
	}
	var d decoder
	byID := make(map[string][]ordered[graph.EntityReport], len(ids))
	for _, rec := range recs {
		// Summaries read the names and the surface forms, not the mentions'
		// evidence.
		texts := d.strs(rec, "texts")
		r := graph.EntityReport{
			Entity: graph.Entity{
				ID: d.str(rec, "statedId"), Type: graph.EntityType(d.str(rec, "type")), Name: d.str(rec, "name"),
				Aliases: d.strs(rec, "aliases"), Kind: d.str(rec, "kind"), Code: d.str(rec, "code"),
			},
			ArticleID: d.str(rec, "articleId"),
			Mentions:  make([]graph.Mention, len(texts)),
		}
		for i, t := range texts {
			r.Mentions[i].Text = t
		}
		id := d.str(rec, "id")
		byID[id] = append(byID[id], ordered[graph.EntityReport]{article: r.ArticleID, ord: d.int(rec, "ord"), v: r})
	}
	if d.err != nil {
		return nil, nil, d.err
	}
	var out []graph.Entity
	var gone []string
	for _, id := range ids {
		rs := byID[id]
		if len(rs) == 0 {
			gone = append(gone, id)
			continue
		}
		out = append(out, graph.SummarizeEntity(id, inOrder(rs)))
	}
	return out, gone, nil
}

// summarizeEvents reads every report of the given events, resolves the
// nodes they name through merges, and returns the events' summaries and
// the ids no report names any more.
func (w *writer) summarizeEvents(ctx context.Context, ids []string) ([]graph.Event, []string, error) {
	recs, err := w.readIDs(ctx, eventReportsStmt, ids)
	if err != nil {
		return nil, nil, err
	}
	var d decoder
	byID := make(map[string][]ordered[graph.EventReport], len(ids))
	var refs []string
	for _, rec := range recs {
		m := d.mapOf(rec, "report")
		r := decodeEventReport(&d, d.str(rec, "articleId"), m)
		refs = append(refs, eventRefs(r.Event)...)
		id := d.str(rec, "id")
		byID[id] = append(byID[id], ordered[graph.EventReport]{article: r.ArticleID, ord: d.int(m, "ord"), v: r})
	}
	if d.err != nil {
		return nil, nil, d.err
	}
	if err := w.res.load(ctx, refs); err != nil {
		return nil, nil, err
	}
	var out []graph.Event
	var gone []string
	for _, id := range ids {
		rs := byID[id]
		if len(rs) == 0 {
			gone = append(gone, id)
			continue
		}
		reports := inOrder(rs)
		for i := range reports {
			if err := resolveEventRefs(ctx, w.res, &reports[i].Event); err != nil {
				return nil, nil, err
			}
		}
		out = append(out, graph.SummarizeEvent(id, reports))
	}
	return out, gone, nil
}

// summarizeRelations reads every claim of the given relations and returns
// their summaries, and the ids no claim supports any more.
func (w *writer) summarizeRelations(ctx context.Context, ids []string) ([]graph.Relation, []string, error) {
	recs, err := w.readIDs(ctx, relationClaimsStmt, ids)
	if err != nil {
		return nil, nil, err
	}
	var d decoder
	byID := make(map[string][]ordered[graph.Claim], len(ids))
	for _, rec := range recs {
		c := graph.Claim{
			Relation: graph.Relation{
				Type: graph.RelationType(d.str(rec, "type")), SourceID: d.str(rec, "sourceId"),
				TargetID: d.str(rec, "targetId"), Modality: graph.Modality(d.str(rec, "modality")),
				Role: d.str(rec, "role"),
			},
			ArticleID:  d.str(rec, "articleId"),
			Confidence: d.float(rec, "confidence"),
		}
		id := d.str(rec, "id")
		byID[id] = append(byID[id], ordered[graph.Claim]{article: c.ArticleID, ord: d.int(rec, "ord"), v: c})
	}
	if d.err != nil {
		return nil, nil, d.err
	}
	var out []graph.Relation
	var gone []string
	for _, id := range ids {
		cs := byID[id]
		if len(cs) == 0 {
			gone = append(gone, id)
			continue
		}
		claims := inOrder(cs)
		first := claims[0].Relation
		base := graph.Relation{ID: id, Type: first.Type, SourceID: first.SourceID, TargetID: first.TargetID, Modality: first.Modality}
		out = append(out, graph.SummarizeRelation(base, claims))
	}
	return out, gone, nil
}
