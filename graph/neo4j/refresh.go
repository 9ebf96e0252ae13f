package neo4j

import (
	"context"
	"fmt"

	"github.com/geokg/geokg/graph"
)

var (
	entityDigestsStmt   = define("entity_digests", idsParams)
	eventDigestsStmt    = define("event_digests", idsParams)
	relationDigestsStmt = define("relation_digests", idsParams)
)

// refresh summarises again every node and relation the transaction
// touched, by the rules every backend shares (graph.Summarize*), and
// deletes those no statement supports any more. A node that only gained
// statements is summarised from the digest it keeps (graph.EntityDigest
// and its kin) with the new statements folded in, so that a write to a
// node named by most articles does not read all they said of it; one that
// lost statements, or had some moved by a merge, is summarised from every
// statement it has. The summaries are written back in batches.
func (w *writer) refresh(ctx context.Context) error {
	entities, goneEntities, err := w.refreshEntities(ctx)
	if err != nil {
		return fmt.Errorf("refresh entities: %w", err)
	}
	events, goneEvents, err := w.refreshEvents(ctx)
	if err != nil {
		return fmt.Errorf("refresh events: %w", err)
	}
	relations, goneRelations, err := w.refreshRelations(ctx)
	if err != nil {
		return fmt.Errorf("refresh relations: %w", err)
	}
	size := w.s.batch
	involving := make([]graph.Event, len(events))
	for i, e := range events {
		involving[i] = e.e
	}
	// Nodes first, then what connects them: typed relationships and
	// INVOLVES need both ends to exist.
	steps := []func() error{
		func() error { _, err := runBatch(ctx, w, entityPut, entities, size); return err },
		func() error { _, err := runBatch(ctx, w, eventPut, events, size); return err },
		func() error { return w.runIDs(ctx, entityDeleteStmt, goneEntities) },
		func() error { return w.runIDs(ctx, eventDeleteStmt, goneEvents) },
		func() error { return w.runIDs(ctx, relationDeleteStmt, goneRelations) },
		func() error { _, err := runBatch(ctx, w, relationPut, relations, size); return err },
		func() error { _, err := runBatch(ctx, w, eventInvolves, involving, size); return err },
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return fmt.Errorf("refresh: %w", err)
		}
	}
	w.entities.Reset()
	w.events.Reset()
	w.relations.Reset()
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

// digests returns the digest to summarise each node p touched from, with
// the nodes' ids, sorted (see graph.RefreshDigests). The digests the nodes
// keep are read with st; a node this write made holds no summary yet and
// starts from an empty digest, while one that holds a summary but no
// digest (imported with neo4j-admin) is built from its statements.
func digests[S any, D interface{ Len() int }](ctx context.Context, w *writer, p *graph.Pending[S], st statement[[]string],
	fresh func(id string) D, parse func(id string, data []byte) (D, error), fold func(D, graph.Addition[S]),
	build func(ids []string) (map[string]D, error)) ([]string, map[string]D, error) {
	ids := p.IDs()
	var read []string
	for _, id := range ids {
		if !p.Rebuild(id) {
			read = append(read, id)
		}
	}
	recs, err := w.readIDs(ctx, st, read)
	if err != nil {
		return nil, nil, err
	}
	stored := make(map[string][]byte, len(recs))
	var d decoder
	for _, rec := range recs {
		if d.bool(rec, "summarised") {
			stored[d.str(rec, "id")] = []byte(d.str(rec, "digest"))
		}
	}
	if d.err != nil {
		return nil, nil, d.err
	}
	ds, err := graph.RefreshDigests(p, ids, stored, fresh, parse, fold, build)
	return ids, ds, err
}

// digest is a node's digest of its statements, as refresh writes it.
type digest interface {
	Len() int
	MarshalJSON() ([]byte, error)
}

// summaries turns the digests of ids into the rows that write their
// summaries, and lists the ids whose digest holds no statement: the nodes
// to delete.
func summaries[D digest, R any](ids []string, ds map[string]D, row func(id string, d D, digestJSON string) R) ([]R, []string, error) {
	var out []R
	var gone []string
	for _, id := range ids {
		d := ds[id]
		if d.Len() == 0 {
			gone = append(gone, id)
			continue
		}
		j, err := digestJSON(d)
		if err != nil {
			return nil, nil, fmt.Errorf("digest of %s: %w", id, err)
		}
		out = append(out, row(id, d, j))
	}
	return out, gone, nil
}

// digestJSON is a digest as a node keeps it.
func digestJSON(d digest) (string, error) {
	b, err := d.MarshalJSON()
	return string(b), err
}

// refreshEntities returns the summaries of the entities the transaction
// touched, and the ids no report names any more.
func (w *writer) refreshEntities(ctx context.Context) ([]entityRow, []string, error) {
	ids, ds, err := digests(ctx, w, &w.entities, entityDigestsStmt, graph.NewEntityDigest, graph.ParseEntityDigest,
		func(d *graph.EntityDigest, a graph.Addition[graph.EntityReport]) {
			d.Add(a.Statement, a.Pos, a.NewArticle)
		},
		func(ids []string) (map[string]*graph.EntityDigest, error) { return w.entityDigests(ctx, ids) })
	if err != nil {
		return nil, nil, err
	}
	return summaries(ids, ds, func(_ string, d *graph.EntityDigest, j string) entityRow {
		return entityRow{e: d.Entity(), digest: j}
	})
}

// entityDigests builds the digests of the given entities from every
// report of them; an entity no report names is absent.
func (w *writer) entityDigests(ctx context.Context, ids []string) (map[string]*graph.EntityDigest, error) {
	recs, err := w.readIDs(ctx, entityReportsStmt, ids)
	if err != nil {
		return nil, err
	}
	var d decoder
	byID := make(map[string][]ordered[graph.EntityReport], len(ids))
	for _, rec := range recs {
		// Digests read the names and the surface forms, not the mentions'
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
		return nil, d.err
	}
	return foldAll(byID, graph.NewEntityDigest, func(dg *graph.EntityDigest, s ordered[graph.EntityReport], fresh bool) {
		dg.Add(s.v, s.ord, fresh)
	}), nil
}

// foldAll folds each node's statements into a new digest, counting each
// article once.
func foldAll[S any, D any](byID map[string][]ordered[S], fresh func(id string) D, add func(D, ordered[S], bool)) map[string]D {
	out := make(map[string]D, len(byID))
	for id, ss := range byID {
		d := fresh(id)
		seen := make(map[string]bool)
		for _, s := range ss {
			add(d, s, !seen[s.article])
			seen[s.article] = true
		}
		out[id] = d
	}
	return out
}

// refreshEvents returns the summaries of the events the transaction
// touched, and the ids no report names any more.
func (w *writer) refreshEvents(ctx context.Context) ([]eventRow, []string, error) {
	ids, ds, err := digests(ctx, w, &w.events, eventDigestsStmt, graph.NewEventDigest, graph.ParseEventDigest,
		func(d *graph.EventDigest, a graph.Addition[graph.EventReport]) {
			d.Add(a.Statement, a.Pos, a.NewArticle)
		},
		func(ids []string) (map[string]*graph.EventDigest, error) { return w.eventDigests(ctx, ids) })
	if err != nil {
		return nil, nil, err
	}
	return summaries(ids, ds, func(_ string, d *graph.EventDigest, j string) eventRow {
		return eventRow{e: d.Event(), digest: j}
	})
}

// eventDigests builds the digests of the given events from every report
// of them, naming the nodes the reports' places and actors resolve to; an
// event no report names is absent.
func (w *writer) eventDigests(ctx context.Context, ids []string) (map[string]*graph.EventDigest, error) {
	recs, err := w.readIDs(ctx, eventReportsStmt, ids)
	if err != nil {
		return nil, err
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
		return nil, d.err
	}
	if err := w.res.Load(ctx, refs); err != nil {
		return nil, err
	}
	for _, rs := range byID {
		for i := range rs {
			if err := resolveEventRefs(ctx, w.res, &rs[i].v.Event); err != nil {
				return nil, err
			}
		}
	}
	return foldAll(byID, graph.NewEventDigest, func(dg *graph.EventDigest, s ordered[graph.EventReport], fresh bool) {
		dg.Add(s.v, s.ord, fresh)
	}), nil
}

// refreshRelations returns the summaries of the relations the transaction
// touched, and the ids no claim supports any more.
func (w *writer) refreshRelations(ctx context.Context) ([]relationRow, []string, error) {
	// The type, ends and modality each relation id stands for, from any
	// of its claims.
	base := make(map[string]graph.Relation)
	for _, id := range w.relations.IDs() {
		if as := w.relations.Additions(id); len(as) > 0 {
			base[id] = as[0].Statement.Relation
		}
	}
	ids, ds, err := digests(ctx, w, &w.relations, relationDigestsStmt, graph.NewRelationDigest, graph.ParseRelationDigest,
		func(d *graph.RelationDigest, a graph.Addition[graph.Claim]) { d.Add(a.Statement, a.NewArticle) },
		func(ids []string) (map[string]*graph.RelationDigest, error) { return w.relationDigests(ctx, ids, base) })
	if err != nil {
		return nil, nil, err
	}
	return summaries(ids, ds, func(id string, d *graph.RelationDigest, j string) relationRow {
		return relationRow{r: d.Relation(base[id]), digest: j}
	})
}

// relationDigests builds the digests of the given relations from every
// claim that supports them, and records in base the relation each id
// stands for; a relation no claim supports is absent.
func (w *writer) relationDigests(ctx context.Context, ids []string, base map[string]graph.Relation) (map[string]*graph.RelationDigest, error) {
	recs, err := w.readIDs(ctx, relationClaimsStmt, ids)
	if err != nil {
		return nil, err
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
		if _, ok := base[id]; !ok {
			r := c.Relation
			base[id] = graph.Relation{ID: id, Type: r.Type, SourceID: r.SourceID, TargetID: r.TargetID, Modality: r.Modality}
		}
		byID[id] = append(byID[id], ordered[graph.Claim]{article: c.ArticleID, ord: d.int(rec, "ord"), v: c})
	}
	if d.err != nil {
		return nil, d.err
	}
	return foldAll(byID, graph.NewRelationDigest, func(dg *graph.RelationDigest, s ordered[graph.Claim], fresh bool) {
		dg.Add(s.v, fresh)
	}), nil
}
