package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/internal/keyset"
)

const entityColumns = `e.id, e.type, e.name, e.aliases, e.kind, e.code, e.articles`

func scanEntity(rows *sql.Rows, extra ...any) (graph.Entity, error) {
	var e graph.Entity
	var typ, aliases string
	dest := append([]any{&e.ID, &typ, &e.Name, &aliases, &e.Kind, &e.Code, &e.Articles}, extra...)
	if err := rows.Scan(dest...); err != nil {
		return e, err
	}
	e.Type = graph.EntityType(typ)
	var err error
	e.Aliases, err = parseArray(aliases)
	return e, err
}

// Entities returns entities by id, following merges.
func (s *Store) Entities(ctx context.Context, ids []string) (map[string]graph.Entity, error) {
	return readBatch(ctx, s, "entities", ids, func(t *txn) (map[string]graph.Entity, error) {
		return lookup(ctx, t, ids, t.res.ResolveAll, `SELECT `+entityColumns+` FROM entities e
			WHERE e.id IN (SELECT value FROM json_each(?))`, func(rows *sql.Rows) (graph.Entity, string, error) {
			e, err := scanEntity(rows)
			return e, e.ID, err
		})
	})
}

// The search listing's sort key: match tier (exact name, exact alias, name
// prefix, other), then most articles, then id.
const (
	searchHits = `WITH hits AS (
		SELECT ` + entityColumns + `,
			CASE WHEN e.search_name = :q THEN 0
			     WHEN instr(e.search_aliases, '|' || :q || '|') > 0 THEN 1
			     WHEN substr(e.search_name, 1, length(:q)) = :q THEN 2
			     ELSE 3 END AS tier
		FROM entity_search JOIN entities e ON e.n = entity_search.rowid
		WHERE entity_search MATCH :match
		  AND (:all_types OR e.type IN (SELECT value FROM json_each(:types))))
	`
	searchPage = searchHits + `SELECT id, type, name, aliases, kind, code, articles, tier FROM hits
		WHERE NOT :after OR (tier, -articles, id) > (:k1, :k2, :k3)
		ORDER BY tier, -articles, id LIMIT :limit`
	searchCount = searchHits + `SELECT count(*) FROM hits`

	// With no query every entity matches, at tier 0.
	listPage = `SELECT ` + entityColumns + `, 0 FROM entities e
		WHERE (:all_types OR e.type IN (SELECT value FROM json_each(:types)))
		  AND (NOT :after OR (0, -e.articles, e.id) > (:k1, :k2, :k3))
		ORDER BY e.articles DESC, e.id LIMIT :limit`
	listCount = `SELECT count(*) FROM entities e
		WHERE :all_types OR e.type IN (SELECT value FROM json_each(:types))`
)

// SearchEntities finds entities whose folded name or aliases hold every
// word of the query, the last as a prefix; best match first.
func (s *Store) SearchEntities(ctx context.Context, q graph.EntitySearch) (graph.EntityPage, error) {
	var page graph.EntityPage
	if err := graph.ValidateEntitySearch(q); err != nil {
		return page, fmt.Errorf("search entities: %w", err)
	}
	types := names(q.Types)
	var tier, negArticles int64
	var lastID string
	args, err := pageArgs(q.Page, "search", &tier, &negArticles, &lastID)
	if err != nil {
		return page, fmt.Errorf("search entities: %w", err)
	}
	key := searchKey(q.Query)
	args = append(args, sql.Named("q", key), sql.Named("match", matchExpr(key)),
		sql.Named("all_types", len(types) == 0), sql.Named("types", jsonArray(types)))
	pageSQL, countSQL := searchPage, searchCount
	switch {
	case strings.TrimSpace(q.Query) == "":
		pageSQL, countSQL = listPage, listCount
	case key == "":
		// Only punctuation: nothing can match.
		return page, nil
	}
	type hit struct {
		e    graph.Entity
		tier int64
	}
	var hits []hit
	err = s.read(ctx, func(t *txn) error {
		err := t.scanAll(ctx, func(rows *sql.Rows) error {
			var h hit
			var err error
			h.e, err = scanEntity(rows, &h.tier)
			hits = append(hits, h)
			return err
		}, pageSQL, args...)
		if err != nil {
			return err
		}
		page.TotalCount, err = t.count(ctx, countSQL, args...)
		return err
	})
	if err != nil {
		return page, fmt.Errorf("search entities %q: %w", q.Query, err)
	}
	page.Entities, page.PageInfo = keyset.TrimTo(hits, q.Page.Limit(), page.TotalCount, func(h hit) string {
		return keyset.Encode("search", h.tier, -int64(h.e.Articles), h.e.ID)
	}, func(h hit) graph.Entity { return h.e })
	return page, nil
}

// Mentions pages through each entity's mentions, newest article first.
func (s *Store) Mentions(ctx context.Context, entityIDs []string, p graph.Page) (map[string]graph.MentionPage, error) {
	var order, ord int64
	var article, entity string
	args, err := pageArgs(p, "mentions", &order, &article, &entity, &ord)
	if err != nil {
		return nil, fmt.Errorf("mentions: %w", err)
	}
	return readBatch(ctx, s, "mentions", entityIDs, func(t *txn) (map[string]graph.MentionPage, error) {
		return pages(ctx, t, entityIDs, t.res.ResolveAll, entityExists, func(id string) (graph.MentionPage, error) {
			return t.mentions(ctx, id, p.Limit(), args)
		})
	})
}

func (t *txn) mentions(ctx context.Context, id string, limit int, args []any) (graph.MentionPage, error) {
	var pg graph.MentionPage
	type row struct {
		m          graph.Mention
		order, ord int64
		entityID   string
	}
	var rows []row
	err := t.scanAll(ctx, func(rs *sql.Rows) error {
		var r row
		ev := &r.m.Evidence
		err := rs.Scan(&r.m.Text, &r.m.Start, &r.m.End, &ev.Sentence, &ev.Start, &ev.End, &r.m.Confidence,
			&ev.ArticleID, &r.entityID, &r.ord, &r.order)
		rows = append(rows, r)
		return err
	}, `SELECT m.text, m.text_start, m.text_end, m.sentence, m.start_at, m.end_at, m.confidence,
			m.article_id, m.entity_id, m.ord, a.pub_order
		FROM entity_reports r
		JOIN mentions m ON m.article_id = r.article_id AND m.entity_id = r.entity_id
		JOIN articles a ON a.id = r.article_id
		WHERE r.resolved_id = :id
		  AND (NOT :after OR (a.pub_order, m.article_id, m.entity_id, m.ord) > (:k1, :k2, :k3, :k4))
		ORDER BY a.pub_order, m.article_id, m.entity_id, m.ord LIMIT :limit`,
		append(args, sql.Named("id", id))...)
	if err != nil {
		return pg, err
	}
	total, err := t.count(ctx, `SELECT count(*) FROM entity_reports r
		JOIN mentions m ON m.article_id = r.article_id AND m.entity_id = r.entity_id
		WHERE r.resolved_id = ?`, id)
	if err != nil {
		return pg, err
	}
	pg.Mentions, pg.PageInfo = keyset.TrimTo(rows, limit, total, func(r row) string {
		return keyset.Encode("mentions", r.order, r.m.Evidence.ArticleID, r.entityID, r.ord)
	}, func(r row) graph.Mention { return r.m })
	return pg, nil
}

func entitiesEqual(a, b graph.Entity) bool {
	return a.ID == b.ID && a.Type == b.Type && a.Name == b.Name && a.Kind == b.Kind && a.Code == b.Code &&
		a.Articles == b.Articles && slices.Equal(a.Aliases, b.Aliases)
}

// saveEntity writes e and its digest: as a new row when n is 0, else over
// row n, and its index entry when it is new or its names changed.
func (w *writer) saveEntity(ctx context.Context, e graph.Entity, digest string, n int64, namesChanged bool) error {
	args := []any{string(e.Type), e.Name, jsonArray(e.Aliases), e.Kind, e.Code, e.Articles,
		searchKey(e.Name), aliasKeys(e.Aliases), digest}
	if n != 0 {
		if _, err := w.exec(ctx, `UPDATE entities SET type = ?, name = ?, aliases = ?, kind = ?, code = ?,
			articles = ?, search_name = ?, search_aliases = ?, digest = ? WHERE n = ?`, append(args, n)...); err != nil {
			return err
		}
		if namesChanged {
			_, err := w.exec(ctx, `UPDATE entity_search SET names = ? WHERE rowid = ?`, searchDoc(e), n)
			return err
		}
		return nil
	}
	if err := w.queryRow(ctx, `INSERT INTO entities
		(id, type, name, aliases, kind, code, articles, search_name, search_aliases, digest)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING n`, append([]any{e.ID}, args...)...).Scan(&n); err != nil {
		return err
	}
	_, err := w.exec(ctx, `INSERT INTO entity_search (rowid, names) VALUES (?, ?)`, n, searchDoc(e))
	return err
}

func (w *writer) deleteEntity(ctx context.Context, n int64) error {
	if _, err := w.exec(ctx, `DELETE FROM entities WHERE n = ?`, n); err != nil {
		return err
	}
	_, err := w.exec(ctx, `DELETE FROM entity_search WHERE rowid = ?`, n)
	return err
}
