package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"maps"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/internal/keyset"
)

const articleColumns = `a.id, a.title, a.url, a.published, a.body, a.source, a.fingerprint, a.loaded_at`

func scanArticle(rows interface{ Scan(...any) error }, extra ...any) (graph.Article, error) {
	var a graph.Article
	var loaded int64
	dest := append([]any{&a.ID, &a.Title, &a.URL, &a.Published, &a.Text, &a.Source, &a.Fingerprint, &loaded}, extra...)
	err := rows.Scan(dest...)
	a.LoadedAt = fromUnixNano(loaded)
	return a, err
}

// Articles returns articles by id.
func (s *Store) Articles(ctx context.Context, ids []string) (map[string]graph.Article, error) {
	return readBatch(ctx, s, "articles", ids, func(t *txn) (map[string]graph.Article, error) {
		out := make(map[string]graph.Article, len(ids))
		err := t.scanAll(ctx, func(rows *sql.Rows) error {
			a, err := scanArticle(rows)
			out[a.ID] = a
			return err
		}, `SELECT `+articleColumns+` FROM articles a WHERE a.id IN (SELECT value FROM json_each(?))`, jsonArray(ids))
		return out, err
	})
}

// The article listing's sort key: newest publication day first, unknown
// last (pub_order), then id. Listings of the articles that state something
// of a node (:node, a resolved entity, event or relation id; their prefixes
// never meet) start from the statement tables' indexes.
const (
	articlesWhere = `(:node = '' OR a.id IN (
			SELECT article_id FROM entity_reports WHERE resolved_id = :node
			UNION SELECT article_id FROM event_reports WHERE resolved_id = :node
			UNION SELECT article_id FROM claims WHERE res_relation_id = :node))`
	articlePage = `SELECT ` + articleColumns + `, a.pub_order FROM articles a WHERE ` + articlesWhere + `
		AND (NOT :after OR (a.pub_order, a.id) > (:k1, :k2))
		ORDER BY a.pub_order, a.id LIMIT :limit`
	articleCount  = `SELECT count(*) FROM articles a WHERE ` + articlesWhere
	articleExists = `SELECT EXISTS (SELECT 1 FROM articles WHERE id = ?)`
)

// articleQuery is a page of an article listing, its cursor read.
type articleQuery struct {
	limit int
	args  []any
}

func newArticleQuery(p graph.Page) (articleQuery, error) {
	var order int64
	var lastID string
	args, err := pageArgs(p, "articles", &order, &lastID)
	return articleQuery{limit: p.Limit(), args: args}, err
}

// find lists the articles that state something of node (a resolved id),
// or all articles when node is "".
func (q articleQuery) find(ctx context.Context, t *txn, node string) (graph.ArticlePage, error) {
	var pg graph.ArticlePage
	type row struct {
		a     graph.Article
		order int64
	}
	var rows []row
	args := append(q.args[:len(q.args):len(q.args)], sql.Named("node", node))
	err := t.scanAll(ctx, func(rs *sql.Rows) error {
		var r row
		var err error
		r.a, err = scanArticle(rs, &r.order)
		rows = append(rows, r)
		return err
	}, articlePage, args...)
	if err != nil {
		return pg, err
	}
	total, err := t.count(ctx, articleCount, args...)
	if err != nil {
		return pg, err
	}
	pg.Articles, pg.PageInfo = keyset.TrimTo(rows, q.limit, total, func(r row) string {
		return keyset.Encode("articles", r.order, r.a.ID)
	}, func(r row) graph.Article { return r.a })
	return pg, nil
}

// FindArticles pages through articles, newest published first.
func (s *Store) FindArticles(ctx context.Context, f graph.ArticleFilter) (graph.ArticlePage, error) {
	q, err := newArticleQuery(f.Page)
	if err != nil {
		return graph.ArticlePage{}, fmt.Errorf("find articles: %w", err)
	}
	var pg graph.ArticlePage
	err = s.read(ctx, func(t *txn) error {
		node, err := t.res.Resolve(ctx, f.MentioningID)
		if err != nil {
			return err
		}
		pg, err = q.find(ctx, t, node)
		return err
	})
	if err != nil {
		return graph.ArticlePage{}, fmt.Errorf("find articles: %w", err)
	}
	return pg, nil
}

// ArticlesOf pages through, for each entity, event or relation, the
// articles that state something of it.
func (s *Store) ArticlesOf(ctx context.Context, ids []string, p graph.Page) (map[string]graph.ArticlePage, error) {
	q, err := newArticleQuery(p)
	if err != nil {
		return nil, fmt.Errorf("articles of: %w", err)
	}
	var nodes, relations []string
	for _, id := range ids {
		if graph.IDType(id) == "Relation" {
			relations = append(relations, id)
		} else {
			nodes = append(nodes, id)
		}
	}
	return readBatch(ctx, s, "articles of", ids, func(t *txn) (map[string]graph.ArticlePage, error) {
		page := func(id string) (graph.ArticlePage, error) { return q.find(ctx, t, id) }
		out, err := pages(ctx, t, nodes, t.res.ResolveAll, nodeExists, page)
		if err != nil {
			return nil, err
		}
		of, err := pages(ctx, t, relations, t.resolveRelations, relationExists, page)
		if err != nil {
			return nil, err
		}
		maps.Copy(out, of)
		return out, nil
	})
}

// ArticleGraph returns what one article stated, under the ids it gave.
func (s *Store) ArticleGraph(ctx context.Context, id string) (graph.ArticleGraph, error) {
	var g graph.ArticleGraph
	err := s.read(ctx, func(t *txn) error {
		var err error
		g.Article, err = scanArticle(t.queryRow(ctx, `SELECT `+articleColumns+` FROM articles a WHERE a.id = ?`, id))
		if errors.Is(err, sql.ErrNoRows) {
			return graph.ErrNotFound
		}
		if err != nil {
			return err
		}
		if g.Entities, err = t.articleEntities(ctx, id); err != nil {
			return fmt.Errorf("entities: %w", err)
		}
		if g.Events, err = t.articleEvents(ctx, id); err != nil {
			return fmt.Errorf("events: %w", err)
		}
		if g.Claims, err = t.articleClaims(ctx, id); err != nil {
			return fmt.Errorf("claims: %w", err)
		}
		return nil
	})
	if err != nil {
		return graph.ArticleGraph{}, fmt.Errorf("article graph %s: %w", id, err)
	}
	return g, nil
}

func (t *txn) articleEntities(ctx context.Context, articleID string) ([]graph.EntityReport, error) {
	var out []graph.EntityReport
	index := make(map[string]int)
	err := t.scanAll(ctx, func(rows *sql.Rows) error {
		var r graph.EntityReport
		var typ, aliases string
		e := &r.Entity
		if err := rows.Scan(&e.ID, &typ, &e.Name, &aliases, &e.Kind, &e.Code); err != nil {
			return err
		}
		e.Type, r.ArticleID = graph.EntityType(typ), articleID
		var err error
		e.Aliases, err = parseArray(aliases)
		index[e.ID] = len(out)
		out = append(out, r)
		return err
	}, `SELECT entity_id, type, name, aliases, kind, code FROM entity_reports WHERE article_id = ? ORDER BY ord`, articleID)
	if err != nil {
		return nil, err
	}
	err = t.scanAll(ctx, func(rows *sql.Rows) error {
		var entityID string
		m := graph.Mention{Evidence: graph.Evidence{ArticleID: articleID}}
		if err := rows.Scan(&entityID, &m.Text, &m.Start, &m.End, &m.Evidence.Sentence, &m.Evidence.Start, &m.Evidence.End, &m.Confidence); err != nil {
			return err
		}
		i, ok := index[entityID]
		if !ok {
			return fmt.Errorf("mention of %s, which the article does not list", entityID)
		}
		out[i].Mentions = append(out[i].Mentions, m)
		return nil
	}, `SELECT entity_id, text, text_start, text_end, sentence, start_at, end_at, confidence FROM mentions
		WHERE article_id = ? ORDER BY entity_id, ord`, articleID)
	return out, err
}

func (t *txn) articleEvents(ctx context.Context, articleID string) ([]graph.EventReport, error) {
	var out []graph.EventReport
	err := t.scanAll(ctx, func(rows *sql.Rows) error {
		r := graph.EventReport{ArticleID: articleID}
		var id, evidence string
		var err error
		if r.Event, evidence, err = scanEventReport(rows, &id); err != nil {
			return err
		}
		r.Event.ID = id
		r.Evidence, err = parseEvidence(articleID, evidence)
		out = append(out, r)
		return err
	}, `SELECT r.event_id, `+eventReportColumns+` FROM event_reports r WHERE r.article_id = ? ORDER BY r.ord`, articleID)
	if err != nil {
		return nil, err
	}
	rl := roles{}
	if err := t.scanAll(ctx, rl.scan, `SELECT article_id, event_id, role, node_id FROM event_roles
		WHERE article_id = ? ORDER BY event_id, role, ord`, articleID); err != nil {
		return nil, err
	}
	for i := range out {
		rl.fill(reportKey{articleID, out[i].Event.ID}, &out[i].Event)
	}
	return out, nil
}

func (t *txn) articleClaims(ctx context.Context, articleID string) ([]graph.Claim, error) {
	var out []graph.Claim
	err := t.scanAll(ctx, func(rows *sql.Rows) error {
		var id, source, target, speaker string
		c, err := scanClaim(rows, &id, &source, &target, &speaker)
		c.Relation.ID, c.Relation.SourceID, c.Relation.TargetID, c.SpeakerID = id, source, target, speaker
		out = append(out, c)
		return err
	}, `SELECT `+claimColumns+`, c.relation_id, c.source_id, c.target_id, c.speaker_id
		FROM claims c WHERE c.article_id = ? ORDER BY c.ord`, articleID)
	return out, err
}
