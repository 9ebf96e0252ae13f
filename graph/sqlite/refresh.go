package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"slices"

	"github.com/geokg/geokg/graph"
)

// A write refreshes every node its statements touched before it commits:
// from the digest the node keeps (graph.EntityDigest and its kin) with the
// write's new statements folded in, or, for a node that lost statements or
// had some moved by a merge, from every statement it has.

// refresh re-derives every node the transaction touched.
func (w *writer) refresh(ctx context.Context) error {
	if err := w.refreshEntities(ctx); err != nil {
		return fmt.Errorf("refresh entities: %w", err)
	}
	if err := w.refreshEvents(ctx); err != nil {
		return fmt.Errorf("refresh events: %w", err)
	}
	if err := w.refreshRelations(ctx); err != nil {
		return fmt.Errorf("refresh relations: %w", err)
	}
	w.entities.Reset()
	w.events.Reset()
	w.relations.Reset()
	return nil
}

// refreshEntities derives again every entity the transaction touched: a
// node for each id that some report still resolves to, none for the
// others.
func (w *writer) refreshEntities(ctx context.Context) error {
	ids := w.entities.IDs()
	if len(ids) == 0 {
		return nil
	}
	type stored struct {
		n      int64
		e      graph.Entity
		digest string
	}
	current := make(map[string]stored, len(ids))
	digestOf := make(map[string][]byte, len(ids))
	err := w.scanAll(ctx, func(rows *sql.Rows) error {
		var st stored
		var err error
		st.e, err = scanEntity(rows, &st.n, &st.digest)
		current[st.e.ID] = st
		digestOf[st.e.ID] = []byte(st.digest)
		return err
	}, `SELECT `+entityColumns+`, e.n, e.digest FROM entities e WHERE e.id IN (SELECT value FROM json_each(?))`, jsonArray(ids))
	if err != nil {
		return err
	}
	ds, err := graph.RefreshDigests(&w.entities, ids, digestOf, graph.NewEntityDigest, graph.ParseEntityDigest,
		func(d *graph.EntityDigest, a graph.Addition[graph.EntityReport]) {
			d.Add(a.Statement, a.Pos, a.NewArticle)
		},
		func(ids []string) (map[string]*graph.EntityDigest, error) { return w.entityDigests(ctx, ids) })
	if err != nil {
		return err
	}
	for _, id := range ids {
		old, had := current[id]
		d := ds[id]
		if d.Len() == 0 {
			if had {
				if err := w.deleteEntity(ctx, old.n); err != nil {
					return fmt.Errorf("delete %s: %w", id, err)
				}
			}
			continue
		}
		e := d.Entity()
		b, err := d.MarshalJSON()
		if err != nil {
			return fmt.Errorf("digest of %s: %w", id, err)
		}
		if had && string(b) == old.digest && entitiesEqual(old.e, e) {
			continue
		}
		namesChanged := !had || old.e.Name != e.Name || !slices.Equal(old.e.Aliases, e.Aliases)
		if err := w.saveEntity(ctx, e, string(b), old.n, namesChanged); err != nil {
			return fmt.Errorf("save %s: %w", id, err)
		}
	}
	return nil
}

// entityDigests builds the digests of the given entities from every
// report that resolves to them; an entity no report names is absent.
func (w *writer) entityDigests(ctx context.Context, ids []string) (map[string]*graph.EntityDigest, error) {
	out := make(map[string]*graph.EntityDigest, len(ids))
	articles := make(map[string]map[string]bool, len(ids))
	err := w.scanAll(ctx, func(rows *sql.Rows) error {
		var resolved, typ, aliases, forms string
		var ord int
		r := graph.EntityReport{}
		e := &r.Entity
		if err := rows.Scan(&resolved, &e.ID, &r.ArticleID, &ord, &typ, &e.Name, &aliases, &e.Kind, &e.Code, &forms); err != nil {
			return err
		}
		e.Type = graph.EntityType(typ)
		var err error
		if e.Aliases, err = parseArray(aliases); err != nil {
			return err
		}
		texts, err := parseArray(forms)
		if err != nil {
			return err
		}
		for _, t := range texts {
			r.Mentions = append(r.Mentions, graph.Mention{Text: t})
		}
		d := out[resolved]
		if d == nil {
			d = graph.NewEntityDigest(resolved)
			out[resolved] = d
			articles[resolved] = make(map[string]bool)
		}
		d.Add(r, ord, !articles[resolved][r.ArticleID])
		articles[resolved][r.ArticleID] = true
		return nil
	}, `SELECT resolved_id, entity_id, article_id, ord, type, name, aliases, kind, code, forms
		FROM entity_reports WHERE resolved_id IN (SELECT value FROM json_each(?))`, jsonArray(ids))
	if err != nil {
		return nil, err
	}
	return out, nil
}

// refreshEvents derives again every event the transaction touched.
func (w *writer) refreshEvents(ctx context.Context) error {
	ids := w.events.IDs()
	if len(ids) == 0 {
		return nil
	}
	stored, err := w.storedDigests(ctx, `SELECT id, digest FROM events WHERE id IN (SELECT value FROM json_each(?))`, ids)
	if err != nil {
		return err
	}
	ds, err := graph.RefreshDigests(&w.events, ids, stored, graph.NewEventDigest, graph.ParseEventDigest,
		func(d *graph.EventDigest, a graph.Addition[graph.EventReport]) {
			d.Add(a.Statement, a.Pos, a.NewArticle)
		},
		func(ids []string) (map[string]*graph.EventDigest, error) { return w.eventDigests(ctx, ids) })
	if err != nil {
		return err
	}
	for _, id := range ids {
		if _, err := w.exec(ctx, `DELETE FROM event_members WHERE event_id = ?`, id); err != nil {
			return err
		}
		d := ds[id]
		if d.Len() == 0 {
			if _, err := w.exec(ctx, `DELETE FROM events WHERE id = ?`, id); err != nil {
				return err
			}
			continue
		}
		b, err := d.MarshalJSON()
		if err != nil {
			return fmt.Errorf("digest of %s: %w", id, err)
		}
		if err := w.saveEvent(ctx, d.Event(), string(b)); err != nil {
			return fmt.Errorf("save %s: %w", id, err)
		}
	}
	return nil
}

// storedDigests runs query, which selects the id and digest of the nodes
// whose id is in the JSON array it is given.
func (w *writer) storedDigests(ctx context.Context, query string, ids []string) (map[string][]byte, error) {
	out := make(map[string][]byte, len(ids))
	err := w.scanAll(ctx, func(rows *sql.Rows) error {
		var id, digest string
		err := rows.Scan(&id, &digest)
		out[id] = []byte(digest)
		return err
	}, query, jsonArray(ids))
	return out, err
}

// eventDigests builds the digests of the given events from every report
// that resolves to them, naming the nodes the reports' places and actors
// resolve to; an event no report names is absent.
func (w *writer) eventDigests(ctx context.Context, ids []string) (map[string]*graph.EventDigest, error) {
	type report struct {
		resolved string
		key      reportKey
		ord      int
		r        graph.EventReport
	}
	var reports []report
	err := w.scanAll(ctx, func(rows *sql.Rows) error {
		var r report
		var err error
		r.r.Event, _, err = scanEventReport(rows, &r.resolved, &r.key.article, &r.key.event, &r.ord)
		r.r.Event.ID, r.r.ArticleID = r.key.event, r.key.article
		reports = append(reports, r)
		return err
	}, `SELECT r.resolved_id, r.article_id, r.event_id, r.ord, `+eventReportColumns+`
		FROM event_reports r WHERE r.resolved_id IN (SELECT value FROM json_each(?))`, jsonArray(ids))
	if err != nil {
		return nil, err
	}
	rl := roles{}
	if err := w.scanAll(ctx, rl.scan, `SELECT n.article_id, n.event_id, n.role, n.resolved_id
		FROM event_roles n JOIN event_reports r ON r.article_id = n.article_id AND r.event_id = n.event_id
		WHERE r.resolved_id IN (SELECT value FROM json_each(?))
		ORDER BY n.article_id, n.event_id, n.role, n.ord`, jsonArray(ids)); err != nil {
		return nil, err
	}
	out := make(map[string]*graph.EventDigest, len(ids))
	articles := make(map[string]map[string]bool, len(ids))
	for _, r := range reports {
		rl.fill(r.key, &r.r.Event)
		d := out[r.resolved]
		if d == nil {
			d = graph.NewEventDigest(r.resolved)
			out[r.resolved] = d
			articles[r.resolved] = make(map[string]bool)
		}
		d.Add(r.r, r.ord, !articles[r.resolved][r.key.article])
		articles[r.resolved][r.key.article] = true
	}
	return out, nil
}

// refreshRelations derives again every relation the transaction touched.
func (w *writer) refreshRelations(ctx context.Context) error {
	ids := w.relations.IDs()
	if len(ids) == 0 {
		return nil
	}
	stored, err := w.storedDigests(ctx, `SELECT id, digest FROM relations WHERE id IN (SELECT value FROM json_each(?))`, ids)
	if err != nil {
		return err
	}
	// The type, ends and modality the relation id stands for, from any of
	// its claims.
	base := make(map[string]graph.Relation, len(ids))
	for _, id := range ids {
		if as := w.relations.Additions(id); len(as) > 0 {
			base[id] = as[0].Statement.Relation
		}
	}
	ds, err := graph.RefreshDigests(&w.relations, ids, stored, graph.NewRelationDigest, graph.ParseRelationDigest,
		func(d *graph.RelationDigest, a graph.Addition[graph.Claim]) { d.Add(a.Statement, a.NewArticle) },
		func(ids []string) (map[string]*graph.RelationDigest, error) { return w.relationDigests(ctx, ids, base) })
	if err != nil {
		return err
	}
	for _, id := range ids {
		d := ds[id]
		if d.Len() == 0 {
			if _, err := w.exec(ctx, `DELETE FROM relations WHERE id = ?`, id); err != nil {
				return err
			}
			continue
		}
		b, err := d.MarshalJSON()
		if err != nil {
			return fmt.Errorf("digest of %s: %w", id, err)
		}
		r := d.Relation(base[id])
		if _, err := w.exec(ctx, `INSERT INTO relations
			(id, type, source_id, target_id, modality, role, symmetric, confidence, articles, digest)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (id) DO UPDATE SET role = excluded.role, confidence = excluded.confidence,
				articles = excluded.articles, digest = excluded.digest`,
			r.ID, string(r.Type), r.SourceID, r.TargetID, string(r.Modality), r.Role, r.Type.Symmetric(),
			r.Confidence, r.Articles, string(b),
		); err != nil {
			return fmt.Errorf("save %s: %w", id, err)
		}
	}
	return nil
}

// relationDigests builds the digests of the given relations from every
// claim that supports them, and records in base the relation each id
// stands for; a relation no claim supports is absent.
func (w *writer) relationDigests(ctx context.Context, ids []string, base map[string]graph.Relation) (map[string]*graph.RelationDigest, error) {
	out := make(map[string]*graph.RelationDigest, len(ids))
	articles := make(map[string]map[string]bool, len(ids))
	// Only what the digest reads: a busy relation has many claims.
	err := w.scanAll(ctx, func(rows *sql.Rows) error {
		var id, typ, source, target, modality string
		var c graph.Claim
		if err := rows.Scan(&id, &typ, &source, &target, &modality, &c.Relation.Role, &c.ArticleID, &c.Confidence); err != nil {
			return err
		}
		d := out[id]
		if d == nil {
			d = graph.NewRelationDigest(id)
			out[id] = d
			articles[id] = make(map[string]bool)
			base[id] = relationOf(graph.RelationType(typ), source, target, graph.Modality(modality))
		}
		d.Add(c, !articles[id][c.ArticleID])
		articles[id][c.ArticleID] = true
		return nil
	}, `SELECT res_relation_id, type, res_source_id, res_target_id, modality, role, article_id, confidence
		FROM claims WHERE res_relation_id IN (SELECT value FROM json_each(?))`, jsonArray(ids))
	return out, err
}
