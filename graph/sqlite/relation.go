package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/internal/keyset"
)

const relationColumns = `r.id, r.type, r.source_id, r.target_id, r.modality, r.role, r.confidence, r.articles`

func scanRelation(rows *sql.Rows, extra ...any) (graph.Relation, error) {
	var r graph.Relation
	var typ, modality string
	dest := append([]any{&r.ID, &typ, &r.SourceID, &r.TargetID, &modality, &r.Role, &r.Confidence, &r.Articles}, extra...)
	err := rows.Scan(dest...)
	r.Type, r.Modality = graph.RelationType(typ), graph.Modality(modality)
	return r, err
}

// resolveRelations maps relation ids to the relations they read as now: a
// relation id as some article stated it names, once its ends were merged,
// the relation between the merged ends.
func (t *txn) resolveRelations(ctx context.Context, ids []string) (map[string]string, error) {
	out := make(map[string]string, len(ids))
	current, err := t.column(ctx, `SELECT id FROM relations WHERE id IN (SELECT value FROM json_each(?))`, jsonArray(ids))
	if err != nil {
		return nil, err
	}
	for _, id := range current {
		out[id] = id
	}
	var stale []string
	for _, id := range ids {
		if _, ok := out[id]; !ok {
			stale = append(stale, id)
		}
	}
	if len(stale) == 0 {
		return out, nil
	}
	err = t.scanAll(ctx, func(rows *sql.Rows) error {
		var raw, resolved string
		err := rows.Scan(&raw, &resolved)
		out[raw] = resolved
		return err
	}, `SELECT relation_id, res_relation_id FROM claims
		WHERE relation_id IN (SELECT value FROM json_each(?)) GROUP BY relation_id`, jsonArray(stale))
	return out, err
}

// Relations returns relations by id, following merges of their ends.
func (s *Store) Relations(ctx context.Context, ids []string) (map[string]graph.Relation, error) {
	return readBatch(ctx, s, "relations", ids, func(t *txn) (map[string]graph.Relation, error) {
		return lookup(ctx, t, ids, t.resolveRelations, `SELECT `+relationColumns+` FROM relations r
			WHERE r.id IN (SELECT value FROM json_each(?))`, func(rows *sql.Rows) (graph.Relation, string, error) {
			r, err := scanRelation(rows)
			return r, r.ID, err
		})
	})
}

// The relation listing's sort key: most articles first, then id. Listings
// of one node's relations start from its ends' indexes. A symmetric
// relation touches both its ends in every direction.
const (
	relationFilters = `
		AND (:all_types OR r.type IN (SELECT value FROM json_each(:types)))
		AND (:all_modalities OR r.modality IN (SELECT value FROM json_each(:modalities)))
		AND (:article = '' OR r.id IN (SELECT res_relation_id FROM claims WHERE article_id = :article))`
	relationsAll    = `FROM relations r WHERE 1 ` + relationFilters
	relationsOfNode = `FROM relations r WHERE r.id IN (
			SELECT id FROM relations WHERE source_id = :node AND (:dir <> 'IN' OR symmetric)
			UNION
			SELECT id FROM relations WHERE target_id = :node AND (:dir <> 'OUT' OR symmetric)) ` + relationFilters
	relationPage = `SELECT ` + relationColumns + ` %s
		AND (NOT :after OR (-r.articles, r.id) > (:k1, :k2))
		ORDER BY r.articles DESC, r.id LIMIT :limit`
)

var (
	relationPageAll     = fmt.Sprintf(relationPage, relationsAll)
	relationPageOfNode  = fmt.Sprintf(relationPage, relationsOfNode)
	relationCountAll    = `SELECT count(*) ` + relationsAll
	relationCountOfNode = `SELECT count(*) ` + relationsOfNode
)

type relationQuery struct {
	f    graph.RelationFilter
	args []any
}

func newRelationQuery(f graph.RelationFilter) (relationQuery, error) {
	if err := graph.ValidateRelationFilter(f); err != nil {
		return relationQuery{}, err
	}
	types, modalities := names(f.Types), names(f.Modalities)
	dir := f.Direction
	if dir == "" {
		dir = graph.Both
	}
	var negArticles int64
	var id string
	args, err := pageArgs(f.Page, "relations", &negArticles, &id)
	if err != nil {
		return relationQuery{}, err
	}
	args = append(args, sql.Named("all_types", len(types) == 0), sql.Named("types", jsonArray(types)),
		sql.Named("all_modalities", len(modalities) == 0), sql.Named("modalities", jsonArray(modalities)),
		sql.Named("dir", string(dir)))
	return relationQuery{f: f, args: args}, nil
}

// find lists the relations touching node (a resolved id), or all
// relations when node is "", that article states, or that any article
// states when article is "".
func (q relationQuery) find(ctx context.Context, t *txn, node, article string) (graph.RelationPage, error) {
	var pg graph.RelationPage
	pageSQL, countSQL := relationPageAll, relationCountAll
	if node != "" {
		pageSQL, countSQL = relationPageOfNode, relationCountOfNode
	}
	args := append(q.args[:len(q.args):len(q.args)], sql.Named("node", node), sql.Named("article", article))
	var rels []graph.Relation
	err := t.scanAll(ctx, func(rows *sql.Rows) error {
		r, err := scanRelation(rows)
		rels = append(rels, r)
		return err
	}, pageSQL, args...)
	if err != nil {
		return pg, err
	}
	total, err := t.count(ctx, countSQL, args...)
	if err != nil {
		return pg, err
	}
	pg.Relations, pg.PageInfo = keyset.Trim(rels, q.f.Page.Limit(), total, func(r graph.Relation) string {
		return keyset.Encode("relations", -int64(r.Articles), r.ID)
	})
	return pg, nil
}

// FindRelations pages through relations, most reported first, then id.
func (s *Store) FindRelations(ctx context.Context, f graph.RelationFilter) (graph.RelationPage, error) {
	q, err := newRelationQuery(f)
	if err != nil {
		return graph.RelationPage{}, fmt.Errorf("find relations: %w", err)
	}
	var pg graph.RelationPage
	err = s.read(ctx, func(t *txn) error {
		node := ""
		if f.NodeID != "" {
			var err error
			if node, err = t.res.Resolve(ctx, f.NodeID); err != nil {
				return err
			}
		}
		pg, err = q.find(ctx, t, node, f.ArticleID)
		return err
	})
	if err != nil {
		return graph.RelationPage{}, fmt.Errorf("find relations: %w", err)
	}
	return pg, nil
}

// RelationsInArticles pages through, for each article, the relations it
// states.
func (s *Store) RelationsInArticles(ctx context.Context, articleIDs []string, f graph.RelationFilter) (map[string]graph.RelationPage, error) {
	f.ArticleID = ""
	q, err := newRelationQuery(f)
	if err != nil {
		return nil, fmt.Errorf("relations in articles: %w", err)
	}
	return readBatch(ctx, s, "relations in articles", articleIDs, func(t *txn) (map[string]graph.RelationPage, error) {
		node, err := t.res.Resolve(ctx, f.NodeID)
		if err != nil {
			return nil, err
		}
		return pages(ctx, t, articleIDs, asGiven, articleExists, func(id string) (graph.RelationPage, error) {
			return q.find(ctx, t, node, id)
		})
	})
}

// RelationsOf pages through, for each entity or event, the relations
// touching it.
func (s *Store) RelationsOf(ctx context.Context, nodeIDs []string, f graph.RelationFilter) (map[string]graph.RelationPage, error) {
	f.NodeID = ""
	q, err := newRelationQuery(f)
	if err != nil {
		return nil, fmt.Errorf("relations of: %w", err)
	}
	return readBatch(ctx, s, "relations of", nodeIDs, func(t *txn) (map[string]graph.RelationPage, error) {
		return pages(ctx, t, nodeIDs, t.res.ResolveAll, nodeExists, func(id string) (graph.RelationPage, error) {
			return q.find(ctx, t, id, f.ArticleID)
		})
	})
}

// Claims pages through each relation's claims, newest article first. A
// claim reads as the relation it now supports: its ends and speaker follow
// merges; ArticleGraph returns it as stated.
func (s *Store) Claims(ctx context.Context, relationIDs []string, p graph.Page) (map[string]graph.ClaimPage, error) {
	var order, ord int64
	var article string
	args, err := pageArgs(p, "claims", &order, &article, &ord)
	if err != nil {
		return nil, fmt.Errorf("claims: %w", err)
	}
	return readBatch(ctx, s, "claims", relationIDs, func(t *txn) (map[string]graph.ClaimPage, error) {
		return pages(ctx, t, relationIDs, t.resolveRelations, relationExists, func(id string) (graph.ClaimPage, error) {
			return t.claims(ctx, id, p.Limit(), args)
		})
	})
}

// Claims as stated (raw) and as they read now (resolved); c is claims.
const claimColumns = `c.article_id, c.type, c.modality, c.role, c.relation_confidence,
	c.sentence, c.start_at, c.end_at, c.confidence`

func scanClaim(rows *sql.Rows, ids ...any) (graph.Claim, error) {
	var c graph.Claim
	var typ, modality string
	ev := &c.Evidence
	dest := append([]any{&c.ArticleID, &typ, &modality, &c.Relation.Role, &c.Relation.Confidence,
		&ev.Sentence, &ev.Start, &ev.End, &c.Confidence}, ids...)
	err := rows.Scan(dest...)
	c.Relation.Type, c.Relation.Modality = graph.RelationType(typ), graph.Modality(modality)
	ev.ArticleID = c.ArticleID
	return c, err
}

func (t *txn) claims(ctx context.Context, id string, limit int, args []any) (graph.ClaimPage, error) {
	var pg graph.ClaimPage
	type row struct {
		c          graph.Claim
		order, ord int64
	}
	var rows []row
	err := t.scanAll(ctx, func(rs *sql.Rows) error {
		var r row
		var source, target, speaker string
		c, err := scanClaim(rs, &source, &target, &speaker, &r.order, &r.ord)
		if err != nil {
			return err
		}
		role, conf := c.Relation.Role, c.Relation.Confidence
		c.Relation = relationOf(c.Relation.Type, source, target, c.Relation.Modality)
		c.Relation.Role, c.Relation.Confidence, c.SpeakerID = role, conf, speaker
		r.c = c
		rows = append(rows, r)
		return nil
	}, `SELECT `+claimColumns+`, c.res_source_id, c.res_target_id, c.res_speaker_id, a.pub_order, c.ord
		FROM claims c JOIN articles a ON a.id = c.article_id
		WHERE c.res_relation_id = :id
		  AND (NOT :after OR (a.pub_order, c.article_id, c.ord) > (:k1, :k2, :k3))
		ORDER BY a.pub_order, c.article_id, c.ord LIMIT :limit`,
		append(args, sql.Named("id", id))...)
	if err != nil {
		return pg, err
	}
	total, err := t.count(ctx, `SELECT count(*) FROM claims WHERE res_relation_id = ?`, id)
	if err != nil {
		return pg, err
	}
	pg.Claims, pg.PageInfo = keyset.TrimTo(rows, limit, total, func(r row) string {
		return keyset.Encode("claims", r.order, r.c.ArticleID, r.ord)
	}, func(r row) graph.Claim { return r.c })
	return pg, nil
}

// relationOf is the relation a claim supports, ends as given: the smaller
// id first for a symmetric type, as graph.RelationID orders them.
func relationOf(t graph.RelationType, source, target string, m graph.Modality) graph.Relation {
	if t.Symmetric() && target < source {
		source, target = target, source
	}
	return graph.Relation{ID: graph.RelationID(t, source, target, m), Type: t, SourceID: source, TargetID: target, Modality: m}
}
