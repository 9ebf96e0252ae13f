package neo4j

import (
	"context"
	"fmt"
	"strconv"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/internal/keyset"
	"github.com/geokg/geokg/graph/internal/mergechain"
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
func resolveClaim(ctx context.Context, res *mergechain.Resolver, c graph.Claim) (resolvedClaim, error) {
	ends, err := res.ResolveAll(ctx, []string{c.Relation.SourceID, c.Relation.TargetID, c.SpeakerID})
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
	return readBatch(ctx, s, "relations", ids, func(ctx context.Context, r runner) (map[string]graph.Relation, error) {
		return lookupRelations(ctx, r, ids)
	})
}

// lookupRelations maps each of ids to the relation it reads as; ids that
// name none are absent.
func lookupRelations(ctx context.Context, r runner, ids []string) (map[string]graph.Relation, error) {
	return byID(ctx, r, ids, relationGetStmt, "relation", decodeRelation, func(r graph.Relation) string { return r.ID },
		statedRelations)
}

// statedRelations maps relation ids that no relation has any more, once
// their ends were merged, to the relation the claims that stated them
// support now.
func statedRelations(ctx context.Context, r runner, ids []string) (map[string]string, error) {
	recs, err := run(ctx, r, claimStatedStmt, ids)
	if err != nil {
		return nil, err
	}
	var d decoder
	now := make(map[string]string, len(recs))
	for _, rec := range recs {
		now[d.str(rec, "id")] = d.str(rec, "relationId")
	}
	return now, d.err
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
	a := relationFindArgs{articleID: f.ArticleID, direction: f.Direction, types: names(f.Types), modalities: names(f.Modalities)}
	if err := graph.ValidateRelationFilter(f); err != nil {
		return a, err
	}
	if a.direction == "" {
		a.direction = graph.Both
	}
	var err error
	a.page, err = readPage(f.Page, "relations", &a.negArticles, &a.id)
	return a, err
}

// of returns a with the nodes or articles asked set.
func (a relationFindArgs) of(ids []string) relationFindArgs { a.ids = ids; return a }

// decodePage reads a page statement's total and relations.
func (a relationFindArgs) decodePage(d *decoder, rec map[string]any) graph.RelationPage {
	var pg graph.RelationPage
	var items []graph.Relation
	for _, m := range d.maps(rec, "relations") {
		items = append(items, decodeRelation(d, m))
	}
	pg.Relations, pg.PageInfo = keyset.Trim(items, a.page.limit, d.int(rec, "total"), func(r graph.Relation) string {
		return keyset.Encode("relations", -int64(r.Articles), r.ID)
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
		if err != nil {
			return err
		}
		pg, err = firstPage(recs, a.decodePage)
		return err
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
	return readBatch(ctx, s, "relations of", nodeIDs, func(ctx context.Context, r runner) (map[string]graph.RelationPage, error) {
		resolved, err := lookupNodes(ctx, r, nodeIDs)
		if err != nil {
			return nil, err
		}
		return pagesOf(ctx, r, resolved, relationOfPageStmt, a.of, a.decodePage)
	})
}

// RelationsInArticles pages through, for each article, the relations it
// states. NodeID follows merges.
func (s *Store) RelationsInArticles(ctx context.Context, articleIDs []string, f graph.RelationFilter) (map[string]graph.RelationPage, error) {
	f.ArticleID = ""
	a, err := newRelationFind(f)
	if err != nil {
		return nil, fmt.Errorf("relations in articles: %w", err)
	}
	if len(articleIDs) == 0 {
		return map[string]graph.RelationPage{}, nil
	}
	return readBatch(ctx, s, "relations in articles", articleIDs, func(ctx context.Context, r runner) (map[string]graph.RelationPage, error) {
		if f.NodeID != "" {
			// An id that reads as no node touches no relation: kept as
			// asked, it matches none.
			a.nodeID = f.NodeID
			resolved, err := lookupNodes(ctx, r, []string{f.NodeID})
			if err != nil {
				return nil, err
			}
			if to, ok := resolved[f.NodeID]; ok {
				a.nodeID = to
			}
		}
		recs, err := run(ctx, r, relationInArticlesPageStmt, a.of(articleIDs))
		if err != nil {
			return nil, err
		}
		return decodePages(recs, a.decodePage)
	})
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
	return readBatch(ctx, s, "claims", relationIDs, func(ctx context.Context, r runner) (map[string]graph.ClaimPage, error) {
		rels, err := lookupRelations(ctx, r, relationIDs)
		if err != nil {
			return nil, err
		}
		resolved := make(map[string]string, len(rels))
		for asked, rel := range rels {
			resolved[asked] = rel.ID
		}
		return pagesOf(ctx, r, resolved, claimPageStmt, a.of, a.decodePage)
	})
}

// of returns a with the relations asked set.
func (a claimPageArgs) of(ids []string) claimPageArgs { a.ids = ids; return a }

// decodePage reads one relation's page of claims.
func (a claimPageArgs) decodePage(d *decoder, rec map[string]any) graph.ClaimPage {
	type item struct {
		c     graph.Claim
		order int64
		ord   int64
	}
	var items []item
	for _, m := range d.maps(rec, "claims") {
		cm := d.mapOf(m, "claim")
		items = append(items, item{c: decodeClaim(d, cm, false), order: int64(d.int(m, "pubOrder")), ord: int64(d.int(cm, "ord"))})
	}
	var pg graph.ClaimPage
	pg.Claims, pg.PageInfo = keyset.TrimTo(items, a.page.limit, d.int(rec, "total"), func(x item) string {
		return keyset.Encode("claims", x.order, x.c.ArticleID, x.ord)
	}, func(x item) graph.Claim { return x.c })
	return pg
}
