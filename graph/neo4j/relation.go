package neo4j

import (
	"context"
	"fmt"
	"strconv"

	"github.com/geokg/geokg/graph"
)

// claimRow is one claim with the ids it reads as through merges.
type claimRow struct {
	ord int
	c   graph.Claim
	res resolvedClaim
}

// resolvedClaim is a claim's relation and speaker with merges followed.
type resolvedClaim struct {
	relationID, sourceID, targetID, speakerID string
}

// relationRow is a relation summary with the digest it was read from (""
// for none, as in an export).
type relationRow struct {
	r      graph.Relation
	digest string
}

// claimID names a claim node: its article and its place in the article's
// list, since one article may state one relation in several sentences.
func claimID(articleID string, ord int) string { return articleID + "#" + strconv.Itoa(ord) }

var (
	claimPut = defineBatch("claim_put", func(r claimRow) map[string]any {
		c, rel := r.c, r.c.Relation
		return map[string]any{
			"id": claimID(c.ArticleID, r.ord), "articleId": c.ArticleID, "ord": r.ord,
			"type": string(rel.Type), "modality": string(rel.Modality), "role": rel.Role,
			"relationConfidence": rel.Confidence, "confidence": c.Confidence,
			"statedRelationId": rel.ID, "statedSourceId": rel.SourceID, "statedTargetId": rel.TargetID,
			"statedSpeakerId": c.SpeakerID,
			"relationId":      r.res.relationID, "sourceId": r.res.sourceID, "targetId": r.res.targetID,
			"speakerId": optional(r.res.speakerID),
			"sentence":  c.Evidence.Sentence, "sentenceStart": c.Evidence.Start, "sentenceEnd": c.Evidence.End,
		}
	})
	relationPut = defineBatch("relation_put", func(row relationRow) map[string]any {
		r := row.r
		return map[string]any{
			"id": r.ID, "type": string(r.Type), "sourceId": r.SourceID, "targetId": r.TargetID,
			"modality": string(r.Modality), "role": optional(r.Role), "confidence": r.Confidence, "articles": r.Articles,
			"digest": optional(row.digest),
		}
	})
	relationDeleteStmt = define("relation_delete", idsParams)
	relationClaimsStmt = define("relation_claims", idsParams)
	relationGetStmt    = define("relation_get", idsParams)
	claimStatedStmt    = define("claim_stated", idsParams)

	relationFindStmt          = define("relation_find", relationFindParams)
	relationFindInArticleStmt = define("relation_find_in_article", func(a relationFindArgs) map[string]any {
		m := relationFindParams(a)
		m["articleId"] = a.articleID
		return m
	})
	relationOfPageStmt = define("relation_of_page", func(a relationFindArgs) map[string]any {
		m := relationFindParams(a)
		m["ids"], m["direction"], m["symmetric"], m["articleId"] =
			nonNil(a.ids), string(a.direction), symmetricTypes(), optional(a.articleID)
		return m
	})
	relationInArticlesPageStmt = define("relation_in_articles_page", func(a relationFindArgs) map[string]any {
		m := relationFindParams(a)
		m["ids"], m["nodeId"], m["direction"], m["symmetric"] =
			nonNil(a.ids), optional(a.nodeID), string(a.direction), symmetricTypes()
		return m
	})
	claimPageStmt = define("claim_page", func(a claimPageArgs) map[string]any {
		return a.page.params(map[string]any{
			"ids": nonNil(a.ids), "cursorOrder": a.order, "cursorArticleId": a.articleID, "cursorOrd": a.ord,
		})
	})
)

func symmetricTypes() []string {
	var out []string
	for _, t := range graph.RelationTypes {
		if t.Symmetric() {
			out = append(out, string(t))
		}
	}
	return nonNil(out)
}

// resolveClaim follows merges from a claim's ends and speaker. A symmetric
// relation is stored from the smaller of its resolved ends, as RelationID
// names it.
func resolveClaim(ctx context.Context, res *resolver, c graph.Claim) (resolvedClaim, error) {
	ends, err := res.resolveAll(ctx, []string{c.Relation.SourceID, c.Relation.TargetID, c.SpeakerID})
	if err != nil {
		return resolvedClaim{}, err
	}
	return resolvedEnds(c.Relation.Type, c.Relation.Modality, ends[c.Relation.SourceID], ends[c.Relation.TargetID], ends[c.SpeakerID]), nil
}

func resolvedEnds(t graph.RelationType, m graph.Modality, source, target, speaker string) resolvedClaim {
	if t.Symmetric() && target < source {
		source, target = target, source
	}
	return resolvedClaim{
		relationID: graph.RelationID(t, source, target, m),
		sourceID:   source, targetID: target, speakerID: speaker,
	}
}

// decodeClaim reads a Claim node. As stated, it is the claim under the ids
// the extractor gave (what ArticleGraph returns); otherwise its relation and
// speaker are the ones they now read as.
func decodeClaim(d *decoder, m map[string]any, stated bool) graph.Claim {
	aid := d.str(m, "articleId")
	c := graph.Claim{
		Relation: graph.Relation{
			Type: graph.RelationType(d.str(m, "type")), Modality: graph.Modality(d.str(m, "modality")),
			Role: d.str(m, "role"), Confidence: d.float(m, "relationConfidence"),
		},
		ArticleID:  aid,
		Evidence:   graph.Evidence{ArticleID: aid, Sentence: d.str(m, "sentence"), Start: d.int(m, "sentenceStart"), End: d.int(m, "sentenceEnd")},
		Confidence: d.float(m, "confidence"),
	}
	r := &c.Relation
	if stated {
		r.ID, r.SourceID, r.TargetID = d.str(m, "statedRelationId"), d.str(m, "statedSourceId"), d.str(m, "statedTargetId")
		c.SpeakerID = d.str(m, "statedSpeakerId")
	} else {
		r.ID, r.SourceID, r.TargetID = d.str(m, "relationId"), d.str(m, "sourceId"), d.str(m, "targetId")
		c.SpeakerID = d.str(m, "speakerId")
	}
	return c
}

func decodeRelation(d *decoder, m map[string]any) graph.Relation {
	return graph.Relation{
		ID: d.str(m, "id"), Type: graph.RelationType(d.str(m, "type")),
		SourceID: d.str(m, "sourceId"), TargetID: d.str(m, "targetId"),
		Modality: graph.Modality(d.str(m, "modality")), Role: d.str(m, "role"),
		Confidence: d.float(m, "confidence"), Articles: d.int(m, "articles"),
	}
}

// Relations returns relations by id. An id whose ends were merged reads as
// the relation between the ends they were merged into.
func (s *Store) Relations(ctx context.Context, ids []string) (map[string]graph.Relation, error) {
	out := make(map[string]graph.Relation, len(ids))
	err := s.read(ctx, func(ctx context.Context, r runner) error {
		resolved, err := lookupRelations(ctx, r, ids)
		if err != nil {
			return err
		}
		for asked, rel := range resolved {
			out[asked] = rel
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("relations %s: %w", abbreviate(ids), err)
	}
	return out, nil
}

// lookupRelations maps each of ids to the relation it reads as; ids that
// name none are absent. An id no relation has any more is looked up among
// the ids claims stated.
func lookupRelations(ctx context.Context, r runner, ids []string) (map[string]graph.Relation, error) {
	out := make(map[string]graph.Relation, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	get := func(ids []string) (map[string]graph.Relation, error) {
		recs, err := run(ctx, r, relationGetStmt, ids)
		if err != nil {
			return nil, err
		}
		var d decoder
		found := make(map[string]graph.Relation, len(recs))
		for _, rec := range recs {
			rel := decodeRelation(&d, d.mapOf(rec, "relation"))
			found[rel.ID] = rel
		}
		return found, d.err
	}
	found, err := get(ids)
	if err != nil {
		return nil, err
	}
	var missing []string
	for _, id := range ids {
		if rel, ok := found[id]; ok {
			out[id] = rel
		} else if id != "" {
			missing = append(missing, id)
		}
	}
	if len(missing) == 0 {
		return out, nil
	}
	recs, err := run(ctx, r, claimStatedStmt, missing)
	if err != nil {
		return nil, err
	}
	var d decoder
	now := make(map[string]string, len(recs))
	for _, rec := range recs {
		now[d.str(rec, "id")] = d.str(rec, "relationId")
	}
	if d.err != nil || len(now) == 0 {
		return out, d.err
	}
	if found, err = get(distinct(now)); err != nil {
		return nil, err
	}
	for asked, id := range now {
		if rel, ok := found[id]; ok {
			out[asked] = rel
		}
	}
	return out, nil
}

// relationFindArgs is a RelationFilter checked and with its cursor read.
type relationFindArgs struct {
	types, modalities []string
	articleID         string
	ids               []string // relation_of_page: the nodes asked; relation_in_articles_page: the articles
	nodeID            string   // relation_in_articles_page: relations must touch this node
	direction         graph.Direction
	page              pageReq
	negArticles       int64
	id                string
}

func relationFindParams(a relationFindArgs) map[string]any {
	return a.page.params(map[string]any{
		"types": nonNil(a.types), "modalities": nonNil(a.modalities),
		"cursorArticles": -a.negArticles, "cursorId": a.id,
	})
}

func newRelationFind(f graph.RelationFilter) (relationFindArgs, error) {
	a := relationFindArgs{articleID: f.ArticleID, direction: f.Direction}
	for _, t := range f.Types {
		if !t.Valid() {
			return a, fmt.Errorf("relation type %q: %w", t, graph.ErrInvalid)
		}
		a.types = append(a.types, string(t))
	}
	for _, m := range f.Modalities {
		if !m.Valid() {
			return a, fmt.Errorf("modality %q: %w", m, graph.ErrInvalid)
		}
		a.modalities = append(a.modalities, string(m))
	}
	switch a.direction {
	case "":
		a.direction = graph.Both
	case graph.Outgoing, graph.Incoming, graph.Both:
	default:
		return a, fmt.Errorf("direction %q: %w", f.Direction, graph.ErrInvalid)
	}
	var err error
	a.page, err = readPage(f.Page, "relations", &a.negArticles, &a.id)
	return a, err
}

func decodeRelationPage(d *decoder, rec map[string]any, a relationFindArgs) graph.RelationPage {
	var pg graph.RelationPage
	var items []graph.Relation
	for _, m := range d.maps(rec, "relations") {
		items = append(items, decodeRelation(d, m))
	}
	pg.Relations, pg.PageInfo = pageOf(items, a.page.limit, d.int(rec, "total"), func(r graph.Relation) string {
		return encodeCursor("relations", -int64(r.Articles), r.ID)
	})
	return pg
}

// FindRelations pages through relations, most reported first, then id.
func (s *Store) FindRelations(ctx context.Context, f graph.RelationFilter) (graph.RelationPage, error) {
	a, err := newRelationFind(f)
	if err != nil {
		return graph.RelationPage{}, fmt.Errorf("find relations: %w", err)
	}
	var pg graph.RelationPage
	err = s.read(ctx, func(ctx context.Context, r runner) error {
		st := relationFindStmt
		switch {
		case f.NodeID != "":
			resolved, err := lookupNodes(ctx, r, []string{f.NodeID})
			if err != nil {
				return err
			}
			to, ok := resolved[f.NodeID]
			if !ok {
				return nil
			}
			a.ids, st = []string{to}, relationOfPageStmt
		case f.ArticleID != "":
			st = relationFindInArticleStmt
		}
		recs, err := run(ctx, r, st, a)
		if err != nil || len(recs) == 0 {
			return err
		}
		var d decoder
		pg = decodeRelationPage(&d, recs[0], a)
		return d.err
	})
	if err != nil {
		return graph.RelationPage{}, fmt.Errorf("find relations: %w", err)
	}
	return pg, nil
}

// RelationsOf pages through, for each node, the relations touching it.
func (s *Store) RelationsOf(ctx context.Context, nodeIDs []string, f graph.RelationFilter) (map[string]graph.RelationPage, error) {
	f.NodeID = ""
	a, err := newRelationFind(f)
	if err != nil {
		return nil, fmt.Errorf("relations of: %w", err)
	}
	out := make(map[string]graph.RelationPage, len(nodeIDs))
	err = s.read(ctx, func(ctx context.Context, r runner) error {
		resolved, err := lookupNodes(ctx, r, nodeIDs)
		if err != nil || len(resolved) == 0 {
			return err
		}
		a.ids = distinct(resolved)
		recs, err := run(ctx, r, relationOfPageStmt, a)
		if err != nil {
			return err
		}
		var d decoder
		pages := make(map[string]graph.RelationPage, len(recs))
		for _, rec := range recs {
			pages[d.str(rec, "id")] = decodeRelationPage(&d, rec, a)
		}
		for asked, id := range resolved {
			out[asked] = pages[id]
		}
		return d.err
	})
	if err != nil {
		return nil, fmt.Errorf("relations of %s: %w", abbreviate(nodeIDs), err)
	}
	return out, nil
}

// RelationsInArticles pages through, for each article, the relations it
// states. NodeID follows merges.
func (s *Store) RelationsInArticles(ctx context.Context, articleIDs []string, f graph.RelationFilter) (map[string]graph.RelationPage, error) {
	f.ArticleID = ""
	a, err := newRelationFind(f)
	if err != nil {
		return nil, fmt.Errorf("relations in articles: %w", err)
	}
	out := make(map[string]graph.RelationPage, len(articleIDs))
	if len(articleIDs) == 0 {
		return out, nil
	}
	err = s.read(ctx, func(ctx context.Context, r runner) error {
		if f.NodeID != "" {
			// An id that reads as no node touches no relation: kept as
			// asked, it matches none.
			a.nodeID = f.NodeID
			resolved, err := lookupNodes(ctx, r, []string{f.NodeID})
			if err != nil {
				return err
			}
			if to, ok := resolved[f.NodeID]; ok {
				a.nodeID = to
			}
		}
		a.ids = articleIDs
		recs, err := run(ctx, r, relationInArticlesPageStmt, a)
		if err != nil {
			return err
		}
		var d decoder
		for _, rec := range recs {
			out[d.str(rec, "id")] = decodeRelationPage(&d, rec, a)
		}
		return d.err
	})
	if err != nil {
		return nil, fmt.Errorf("relations in articles %s: %w", abbreviate(articleIDs), err)
	}
	return out, nil
}

type claimPageArgs struct {
	ids       []string
	page      pageReq
	order     int64
	articleID string
	ord       int64
}

// Claims pages through each relation's claims, newest article first. Each
// claim reads as the relation it now supports: its ends and speaker follow
// merges.
func (s *Store) Claims(ctx context.Context, relationIDs []string, p graph.Page) (map[string]graph.ClaimPage, error) {
	a := claimPageArgs{}
	var err error
	if a.page, err = readPage(p, "claims", &a.order, &a.articleID, &a.ord); err != nil {
		return nil, fmt.Errorf("claims: %w", err)
	}
	out := make(map[string]graph.ClaimPage, len(relationIDs))
	err = s.read(ctx, func(ctx context.Context, r runner) error {
		rels, err := lookupRelations(ctx, r, relationIDs)
		if err != nil || len(rels) == 0 {
			return err
		}
		resolved := make(map[string]string, len(rels))
		for asked, rel := range rels {
			resolved[asked] = rel.ID
		}
		a.ids = distinct(resolved)
		recs, err := run(ctx, r, claimPageStmt, a)
		if err != nil {
			return err
		}
		type item struct {
			c     graph.Claim
			order int64
			ord   int64
		}
		var d decoder
		pages := make(map[string]graph.ClaimPage, len(recs))
		for _, rec := range recs {
			var items []item
			for _, m := range d.maps(rec, "claims") {
				cm := d.mapOf(m, "claim")
				items = append(items, item{c: decodeClaim(&d, cm, false), order: int64(d.int(m, "pubOrder")), ord: int64(d.int(cm, "ord"))})
			}
			var pg graph.ClaimPage
			items, pg.PageInfo = pageOf(items, a.page.limit, d.int(rec, "total"), func(x item) string {
				return encodeCursor("claims", x.order, x.c.ArticleID, x.ord)
			})
			for _, x := range items {
				pg.Claims = append(pg.Claims, x.c)
			}
			pages[d.str(rec, "id")] = pg
		}
		for asked, id := range resolved {
			out[asked] = pages[id]
		}
		return d.err
	})
	if err != nil {
		return nil, fmt.Errorf("claims %s: %w", abbreviate(relationIDs), err)
	}
	return out, nil
}
