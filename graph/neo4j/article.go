package neo4j

import (
	"context"
	"fmt"
	"time"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/internal/keyset"
)

type articleRow struct {
	a        graph.Article
	loadedAt time.Time
	mentions int // mentions the article makes, summed by Stats
}

var (
	articlePut = defineBatch("article_put", func(r articleRow) map[string]any {
		a := r.a
		return map[string]any{
			"id": a.ID, "title": a.Title, "url": a.URL, "published": a.Published, "pubOrder": keyset.PubOrder(a.Published),
			"text": a.Text, "source": a.Source, "fingerprint": a.Fingerprint, "loadedAt": r.loadedAt,
			"mentions": r.mentions,
		}
	})
	articleFingerprintsStmt = define("article_fingerprints", idsParams)
	articleStatementsStmt   = define("article_statements", idsParams)
	articleStatementsDelete = define("article_statements_delete", idsParams)
	articleDeleteStmt       = define("article_delete", idParams)
	articleGetStmt          = define("article_get", idsParams)
	articleGraphStmt        = define("article_graph", idParams)
	articleFindStmt         = define("article_find", func(a articleFindArgs) map[string]any {
		return a.page.params(map[string]any{"cursorOrder": a.order, "cursorId": a.id})
	})
	articleFindMentioningStmt = define("article_find_mentioning", func(a articleFindArgs) map[string]any {
		return a.page.params(map[string]any{"nodeId": a.nodeID, "cursorOrder": a.order, "cursorId": a.id})
	})
	articleOfPageStmt = define("article_of_page", func(a articleFindArgs) map[string]any {
		return a.page.params(map[string]any{"ids": nonNil(a.ids), "cursorOrder": a.order, "cursorId": a.id})
	})
)

func idsParams(ids []string) map[string]any { return map[string]any{"ids": nonNil(ids)} }
func idParams(id string) map[string]any     { return map[string]any{"id": id} }

type articleFindArgs struct {
	nodeID string
	ids    []string // article_of_page: the nodes asked
	page   pageReq
	order  int64
	id     string
}

// of returns a with the nodes asked set, for article_of_page.
func (a articleFindArgs) of(ids []string) articleFindArgs { a.ids = ids; return a }

// decodePage reads a page statement's total and articles.
func (a articleFindArgs) decodePage(d *decoder, rec map[string]any) graph.ArticlePage {
	var pg graph.ArticlePage
	var items []graph.Article
	for _, m := range d.maps(rec, "articles") {
		items = append(items, decodeArticle(d, m))
	}
	pg.Articles, pg.PageInfo = keyset.Trim(items, a.page.limit, d.int(rec, "total"), func(x graph.Article) string {
		return keyset.Encode("articles", keyset.PubOrder(x.Published), x.ID)
	})
	return pg
}

func decodeArticle(d *decoder, m map[string]any) graph.Article {
	return graph.Article{
		ID: d.str(m, "id"), Title: d.str(m, "title"), URL: d.str(m, "url"), Published: d.str(m, "published"),
		Text: d.str(m, "text"), Source: d.str(m, "source"), Fingerprint: d.str(m, "fingerprint"),
		LoadedAt: d.time(m, "loadedAt"),
	}
}

// Articles returns articles by id.
func (s *Store) Articles(ctx context.Context, ids []string) (map[string]graph.Article, error) {
	if len(ids) == 0 {
		return map[string]graph.Article{}, nil
	}
	return readBatch(ctx, s, "articles", ids, func(ctx context.Context, r runner) (map[string]graph.Article, error) {
		recs, err := run(ctx, r, articleGetStmt, ids)
		if err != nil {
			return nil, err
		}
		out := make(map[string]graph.Article, len(recs))
		var d decoder
		for _, rec := range recs {
			a := decodeArticle(&d, d.mapOf(rec, "article"))
			out[a.ID] = a
		}
		return out, d.err
	})
}

// FindArticles pages through articles, newest published first, then id.
// MentioningID follows merges.
func (s *Store) FindArticles(ctx context.Context, f graph.ArticleFilter) (graph.ArticlePage, error) {
	var pg graph.ArticlePage
	a := articleFindArgs{}
	var err error
	if a.page, err = readPage(f.Page, "articles", &a.order, &a.id); err != nil {
		return pg, fmt.Errorf("find articles: %w", err)
	}
	err = s.read(ctx, func(ctx context.Context, r runner) error {
		st := articleFindStmt
		if f.MentioningID != "" {
			st = articleFindMentioningStmt
			id, err := newResolver(r).Resolve(ctx, f.MentioningID)
			if err != nil {
				return err
			}
			a.nodeID = id
		}
		recs, err := run(ctx, r, st, a)
		if err != nil {
			return err
		}
		pg, err = firstPage(recs, a.decodePage)
		return err
	})
	if err != nil {
		return graph.ArticlePage{}, fmt.Errorf("find articles: %w", err)
	}
	return pg, nil
}

// ArticlesOf pages through, for each entity, event or relation, the
// articles that state something of it, newest published first. Entity
// and event ids follow merges, relation ids the merges of their ends.
func (s *Store) ArticlesOf(ctx context.Context, ids []string, p graph.Page) (map[string]graph.ArticlePage, error) {
	a := articleFindArgs{}
	var err error
	if a.page, err = readPage(p, "articles", &a.order, &a.id); err != nil {
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
	return readBatch(ctx, s, "articles of", ids, func(ctx context.Context, r runner) (map[string]graph.ArticlePage, error) {
		resolved, err := lookupNodes(ctx, r, nodes)
		if err != nil {
			return nil, err
		}
		rels, err := lookupRelations(ctx, r, relations)
		if err != nil {
			return nil, err
		}
		for asked, rel := range rels {
			resolved[asked] = rel.ID
		}
		return pagesOf(ctx, r, resolved, articleOfPageStmt, a.of, a.decodePage)
	})
}

// ArticleGraph returns what one article stated, under the ids its
// extractor gave, in the order it gave them.
func (s *Store) ArticleGraph(ctx context.Context, id string) (graph.ArticleGraph, error) {
	var g graph.ArticleGraph
	err := s.read(ctx, func(ctx context.Context, r runner) error {
		recs, err := run(ctx, r, articleGraphStmt, id)
		if err != nil {
			return err
		}
		if len(recs) == 0 {
			return graph.ErrNotFound
		}
		g, err = decodeArticleGraph(recs[0])
		return err
	})
	if err != nil {
		return graph.ArticleGraph{}, fmt.Errorf("article graph %s: %w", id, err)
	}
	return g, nil
}

func decodeArticleGraph(rec map[string]any) (graph.ArticleGraph, error) {
	var d decoder
	g := graph.ArticleGraph{Article: decodeArticle(&d, d.mapOf(rec, "article"))}
	aid := g.Article.ID
	var ents []ordered[graph.EntityReport]
	for _, m := range d.maps(rec, "mentions") {
		ents = append(ents, ordered[graph.EntityReport]{ord: d.int(m, "ord"), v: decodeEntityReport(&d, aid, m)})
	}
	var evs []ordered[graph.EventReport]
	for _, m := range d.maps(rec, "reports") {
		evs = append(evs, ordered[graph.EventReport]{ord: d.int(m, "ord"), v: decodeEventReport(&d, aid, m)})
	}
	var cls []ordered[graph.Claim]
	for _, m := range d.maps(rec, "claims") {
		cls = append(cls, ordered[graph.Claim]{ord: d.int(m, "ord"), v: decodeClaim(&d, m, true)})
	}
	g.Entities, g.Events, g.Claims = inOrder(ents), inOrder(evs), inOrder(cls)
	return g, d.err
}
