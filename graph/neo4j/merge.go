package neo4j

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/internal/keyset"
)

// mergeRow is a merge to record. A merge keeps the time it was made when
// it has one (a copy from another store), else it is stamped now.
type mergeRow struct {
	m   graph.Merge
	now time.Time
}

// moveRow points one article's report from the node it resolved to at the
// node it resolves to now.
type moveRow struct {
	articleID, statedID, fromID, toID string
}

// claimEnds is a claim whose resolved ends changed.
type claimEnds struct {
	id  string
	res resolvedClaim
}

var (
	mergePut = defineBatch("merge_put", func(r mergeRow) map[string]any {
		created := r.m.CreatedAt
		if created.IsZero() {
			created = r.now
		}
		return map[string]any{
			"id": r.m.ID, "fromId": r.m.FromID, "intoId": r.m.IntoID, "names": nonNil(r.m.Names),
			"rule": r.m.Rule, "articleId": r.m.ArticleID, "createdAt": created.UTC(),
		}
	})
	mergeGetStmt  = define("merge_get", idParams)
	mergeUndoStmt = define("merge_undo", func(a mergeUndoArgs) map[string]any {
		return map[string]any{"id": a.id, "undoneAt": a.at}
	})
	mergeListStmt = define("merge_list", func(a mergeListArgs) map[string]any {
		return a.page.params(map[string]any{
			"nodeId": optional(a.f.NodeID), "includeUndone": a.f.IncludeUndone,
			"cursorCreatedAt": time.Unix(0, -a.negCreated).UTC(), "cursorId": a.id,
		})
	})
	entityAttachedStmt = define("entity_attached", idsParams)
	eventAttachedStmt  = define("event_attached", idsParams)
	moveFields         = func(r moveRow) map[string]any {
		return map[string]any{"articleId": r.articleID, "statedId": r.statedID, "fromId": r.fromID, "toId": r.toID}
	}
	mentionMove  = defineBatch("mention_move", moveFields)
	reportMove   = defineBatch("report_move", moveFields)
	claimResolve = defineBatch("claim_resolve", func(c claimEnds) map[string]any {
		return map[string]any{
			"id": c.id, "relationId": c.res.relationID, "sourceId": c.res.sourceID,
			"targetId": c.res.targetID, "speakerId": optional(c.res.speakerID),
		}
	})
)

// mergeListArgs is a MergeFilter with its cursor read: the newest first
// order is by creation time negated, then id.
type mergeListArgs struct {
	f          graph.MergeFilter
	page       pageReq
	negCreated int64 // Unix nanoseconds, negated
	id         string
}

type mergeUndoArgs struct {
	id string
	at time.Time
}

func decodeMerge(d *decoder, m map[string]any) graph.Merge {
	return graph.Merge{
		ID: d.str(m, "id"), FromID: d.str(m, "fromId"), IntoID: d.str(m, "intoId"), Names: d.strs(m, "names"),
		Rule: d.str(m, "rule"), ArticleID: d.str(m, "articleId"),
		CreatedAt: d.time(m, "createdAt"), UndoneAt: d.time(m, "undoneAt"),
	}
}

// ApplyMerge records m and makes FromID read as IntoID from now on: every
// statement made under FromID, or under ids merged into it, moves to the
// node IntoID reads as.
func (s *Store) ApplyMerge(ctx context.Context, m graph.Merge) error {
	if err := graph.ValidateMerge(m); err != nil {
		return fmt.Errorf("apply merge %s into %s: %w", m.FromID, m.IntoID, err)
	}
	err := s.write(ctx, func(ctx context.Context, w *writer) error {
		if err := w.applyMerges(ctx, []graph.Merge{m}); err != nil {
			return err
		}
		return w.refresh(ctx)
	})
	if err != nil {
		return fmt.Errorf("apply merge %s into %s: %w", m.FromID, m.IntoID, err)
	}
	return nil
}

// applyMerges records merges in order and re-resolves what the merged-away
// ids stated. A merge already active changes nothing. It is ErrConflict to
// merge an id that is already merged into another, or two ids that already
// read as one node.
func (w *writer) applyMerges(ctx context.Context, ms []graph.Merge) error {
	var rows []mergeRow
	var moved []string
	for _, m := range ms {
		if err := graph.ValidateMerge(m); err != nil {
			return err
		}
		if err := w.res.Load(ctx, []string{m.FromID, m.IntoID}); err != nil {
			return err
		}
		switch current := w.res.MergedInto(m.FromID); {
		case current == m.IntoID:
			continue
		case current != "":
			return fmt.Errorf("%s is already merged into %s: %w", m.FromID, current, graph.ErrConflict)
		}
		into, err := w.res.Resolve(ctx, m.IntoID)
		if err != nil {
			return err
		}
		if into == m.FromID {
			return fmt.Errorf("%s already reads as %s: %w", m.IntoID, m.FromID, graph.ErrConflict)
		}
		w.res.Merged(m.FromID, m.IntoID)
		rows = append(rows, mergeRow{m: m, now: w.now})
		moved = append(moved, m.FromID)
	}
	if len(rows) == 0 {
		return nil
	}
	if _, err := runBatch(ctx, w, mergePut, rows, w.s.batch); err != nil {
		return err
	}
	return w.reresolve(ctx, moved)
}

// UndoMerge ends a merge: FromID becomes a node of its own again with
// exactly the statements made under it (and under ids merged into it).
func (s *Store) UndoMerge(ctx context.Context, id string) error {
	err := s.write(ctx, func(ctx context.Context, w *writer) error {
		recs, err := run(ctx, w, mergeGetStmt, id)
		if err != nil {
			return err
		}
		if len(recs) == 0 {
			return graph.ErrNotFound
		}
		var d decoder
		m := decodeMerge(&d, d.mapOf(recs[0], "merge"))
		if d.err != nil {
			return d.err
		}
		if !m.Active() {
			return fmt.Errorf("undone at %s: %w", m.UndoneAt.Format(time.RFC3339), graph.ErrConflict)
		}
		// Where FromID's statements are now: the end of IntoID's chain.
		at, err := w.res.Resolve(ctx, m.IntoID)
		if err != nil {
			return err
		}
		if _, err := run(ctx, w, mergeUndoStmt, mergeUndoArgs{id: id, at: w.now}); err != nil {
			return err
		}
		w.res.Unmerged(m.FromID)
		if err := w.reresolve(ctx, []string{at}); err != nil {
			return err
		}
		return w.refresh(ctx)
	})
	if err != nil {
		return fmt.Errorf("undo merge %s: %w", id, err)
	}
	return nil
}

// Merges pages through merges, newest first.
func (s *Store) Merges(ctx context.Context, f graph.MergeFilter) (graph.MergePage, error) {
	var pg graph.MergePage
	a := mergeListArgs{f: f}
	var err error
	if a.page, err = readPage(f.Page, "merges", &a.negCreated, &a.id); err != nil {
		return pg, fmt.Errorf("merges: %w", err)
	}
	err = s.read(ctx, func(ctx context.Context, r runner) error {
		recs, err := run(ctx, r, mergeListStmt, a)
		if err != nil {
			return err
		}
		pg, err = firstPage(recs, func(d *decoder, rec map[string]any) graph.MergePage {
			var items []graph.Merge
			for _, m := range d.maps(rec, "merges") {
				items = append(items, decodeMerge(d, m))
			}
			var pg graph.MergePage
			pg.Merges, pg.PageInfo = keyset.Trim(items, a.page.limit, d.int(rec, "total"), func(m graph.Merge) string {
				return keyset.Encode("merges", -m.CreatedAt.UnixNano(), m.ID)
			})
			return pg
		})
		return err
	})
	if err != nil {
		return graph.MergePage{}, fmt.Errorf("merges: %w", err)
	}
	return pg, nil
}

// reresolve moves every statement that resolved to one of the given nodes
// to the node it resolves to now, after merges were applied or undone:
// reports are re-pointed, claims get their new ends (and so maybe a new
// relation id), and everything that changed, or involves a node that did,
// is marked for refresh.
func (w *writer) reresolve(ctx context.Context, nodes []string) error {
	slices.Sort(nodes)
	nodes = slices.Compact(nodes)
	var entityNodes, eventNodes []string
	for _, id := range nodes {
		if graph.IDType(id) == "Event" {
			eventNodes = append(eventNodes, id)
		} else {
			entityNodes = append(entityNodes, id)
		}
	}
	var mentions, reports []moveRow
	var claims []claimEnds
	// Every node that gains or loses statements here is summarised again
	// from all it has: a digest cannot take statements out.
	for _, q := range []struct {
		st      statement[[]string]
		ids     []string
		moves   *[]moveRow
		col     string
		changed func(ids ...string)
	}{
		{entityAttachedStmt, entityNodes, &mentions, "mentions", w.entities.Changed},
		{eventAttachedStmt, eventNodes, &reports, "reports", w.events.Changed},
	} {
		if len(q.ids) == 0 {
			continue
		}
		recs, err := w.readIDs(ctx, q.st, q.ids)
		if err != nil {
			return err
		}
		var d decoder
		var stated []string
		type attached struct {
			node    string
			reports []map[string]any
			claims  []map[string]any
		}
		var all []attached
		for _, rec := range recs {
			a := attached{node: d.str(rec, "id"), reports: d.maps(rec, q.col), claims: d.maps(rec, "claims")}
			for _, r := range a.reports {
				stated = append(stated, d.str(r, "statedId"))
			}
			for _, c := range a.claims {
				stated = append(stated, d.str(c, "statedSourceId"), d.str(c, "statedTargetId"), d.str(c, "statedSpeakerId"))
			}
			q.changed(a.node)
			// Events that involve the node name it in their summaries.
			w.events.Changed(d.strs(rec, "events")...)
			all = append(all, a)
		}
		if d.err != nil {
			return d.err
		}
		if err := w.res.Load(ctx, stated); err != nil {
			return err
		}
		for _, a := range all {
			for _, r := range a.reports {
				sid := d.str(r, "statedId")
				to, err := w.res.Resolve(ctx, sid)
				if err != nil {
					return err
				}
				if to != a.node {
					*q.moves = append(*q.moves, moveRow{articleID: d.str(r, "articleId"), statedID: sid, fromID: a.node, toID: to})
					q.changed(to)
				}
			}
			for _, c := range a.claims {
				ids, err := w.res.ResolveAll(ctx, []string{d.str(c, "statedSourceId"), d.str(c, "statedTargetId"), d.str(c, "statedSpeakerId")})
				if err != nil {
					return err
				}
				res := resolvedEnds(graph.RelationType(d.str(c, "type")), graph.Modality(d.str(c, "modality")),
					ids[d.str(c, "statedSourceId")], ids[d.str(c, "statedTargetId")], ids[d.str(c, "statedSpeakerId")])
				old := resolvedClaim{
					relationID: d.str(c, "relationId"), sourceID: d.str(c, "sourceId"),
					targetID: d.str(c, "targetId"), speakerID: d.str(c, "speakerId"),
				}
				if res != old {
					claims = append(claims, claimEnds{id: d.str(c, "id"), res: res})
					w.relations.Changed(old.relationID, res.relationID)
				}
			}
		}
		if d.err != nil {
			return d.err
		}
	}
	// A claim attached to two of the nodes is listed twice; once is enough.
	slices.SortFunc(claims, func(a, b claimEnds) int { return cmp.Compare(a.id, b.id) })
	claims = slices.CompactFunc(claims, func(a, b claimEnds) bool { return a.id == b.id })
	size := w.s.batch
	if _, err := runBatch(ctx, w, mentionMove, mentions, size); err != nil {
		return err
	}
	if _, err := runBatch(ctx, w, reportMove, reports, size); err != nil {
		return err
	}
	_, err := runBatch(ctx, w, claimResolve, claims, size)
	return err
}
