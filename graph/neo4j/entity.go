package neo4j

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/internal/keyset"
	"github.com/geokg/geokg/graph/internal/mergechain"
)

// mentionRow is one article's report of one entity: a MENTIONS relationship
// from the article to the node the extractor's id resolves to.
type mentionRow struct {
	ord      int
	entityID string // resolved
	r        graph.EntityReport
}

// entityRow is an entity summary with the digest it was read from ("" for
// none, as in an export).
type entityRow struct {
	e      graph.Entity
	digest string
}

var (
	mentionPut = defineBatch("mention_put", func(m mentionRow) map[string]any {
		e := m.r.Entity
		n := len(m.r.Mentions)
		texts, sentences := make([]string, n), make([]string, n)
		textStarts, textEnds := make([]int, n), make([]int, n)
		starts, ends, confs := make([]int, n), make([]int, n), make([]float64, n)
		for i, x := range m.r.Mentions {
			texts[i], textStarts[i], textEnds[i], sentences[i] = x.Text, x.Start, x.End, x.Evidence.Sentence
			starts[i], ends[i], confs[i] = x.Evidence.Start, x.Evidence.End, x.Confidence
		}
		return map[string]any{
			"articleId": m.r.ArticleID, "entityId": m.entityID, "statedId": e.ID, "ord": m.ord,
			"type": string(e.Type), "name": e.Name, "aliases": nonNil(e.Aliases), "kind": e.Kind, "code": e.Code,
			"texts": texts, "textStarts": textStarts, "textEnds": textEnds,
			"sentences": sentences, "sentenceStarts": starts, "sentenceEnds": ends, "confidences": confs,
		}
	})
	entityPut = defineBatch("entity_put", func(r entityRow) map[string]any {
		e := r.e
		name, aliases, text := searchFields(e)
		return map[string]any{
			"id": e.ID, "type": string(e.Type), "name": e.Name, "aliases": nonNil(e.Aliases), "kind": e.Kind,
			"code": e.Code, "articles": e.Articles, "searchName": name, "searchAliases": aliases, "searchText": text,
			"digest": optional(r.digest),
		}
	})
	entityDeleteStmt  = define("entity_delete", idsParams)
	entityReportsStmt = define("entity_reports", idsParams)
	entityGetStmt     = define("entity_get", idsParams)
	entitySearchStmt  = define("entity_search", func(a searchArgs) map[string]any {
		return a.page.params(map[string]any{
			"query": a.query, "key": a.key, "types": nonNil(a.types),
			"cursorTier": a.tier, "cursorArticles": -a.negArticles, "cursorId": a.id,
		})
	})
	entityListStmt = define("entity_list", func(a searchArgs) map[string]any {
		return a.page.params(map[string]any{
			"types": nonNil(a.types), "cursorArticles": -a.negArticles, "cursorId": a.id,
		})
	})
	mentionPageStmt = define("mention_page", func(a mentionPageArgs) map[string]any {
		return a.page.params(map[string]any{
			"ids": nonNil(a.ids), "cursorOrder": a.order, "cursorArticleId": a.articleID,
			"cursorStatedId": a.statedID, "cursorOrd": a.ord,
		})
	})
	nodeLookupStmt = define("node_lookup", idsParams)
)

// decodeEntityReport reads a MENTIONS relationship's properties.
func decodeEntityReport(d *decoder, articleID string, m map[string]any) graph.EntityReport {
	r := graph.EntityReport{
		Entity: graph.Entity{
			ID: d.str(m, "statedId"), Type: graph.EntityType(d.str(m, "type")), Name: d.str(m, "name"),
			Aliases: d.strs(m, "aliases"), Kind: d.str(m, "kind"), Code: d.str(m, "code"),
		},
		ArticleID: articleID,
	}
	texts, textStarts, textEnds := d.strs(m, "texts"), d.ints(m, "textStarts"), d.ints(m, "textEnds")
	sentences, starts, ends := d.strs(m, "sentences"), d.ints(m, "sentenceStarts"), d.ints(m, "sentenceEnds")
	confs := d.floats(m, "confidences")
	for _, l := range []int{len(textStarts), len(textEnds), len(sentences), len(starts), len(ends), len(confs)} {
		if l != len(texts) {
			d.fail("mentions", m["texts"], "lists of one length")
			return r
		}
	}
	for i, t := range texts {
		r.Mentions = append(r.Mentions, graph.Mention{
			Text: t, Start: textStarts[i], End: textEnds[i],
			Evidence:   graph.Evidence{ArticleID: articleID, Sentence: sentences[i], Start: starts[i], End: ends[i]},
			Confidence: confs[i],
		})
	}
	return r
}

func decodeEntity(d *decoder, m map[string]any) graph.Entity {
	return graph.Entity{
		ID: d.str(m, "id"), Type: graph.EntityType(d.str(m, "type")), Name: d.str(m, "name"),
		Aliases: d.strs(m, "aliases"), Kind: d.str(m, "kind"), Code: d.str(m, "code"), Articles: d.int(m, "articles"),
	}
}

// Entities returns entities by id, following merges.
func (s *Store) Entities(ctx context.Context, ids []string) (map[string]graph.Entity, error) {
	return readBatch(ctx, s, "entities", ids, func(ctx context.Context, r runner) (map[string]graph.Entity, error) {
		return byID(ctx, r, ids, entityGetStmt, "entity", decodeEntity, func(e graph.Entity) string { return e.ID }, lookupNodes)
	})
}

// byID answers a batch lookup: one statement for the ids as asked, and
// for those that name nothing, follow's map to what they read as now (the
// node their merges lead to, the relation between the merged ends) and
// one more statement for those. Most lookups ask for live ids and cost a
// single round trip.
func byID[T any](ctx context.Context, r runner, ids []string, st statement[[]string], col string,
	decode func(*decoder, map[string]any) T, idOf func(T) string,
	follow func(ctx context.Context, r runner, ids []string) (map[string]string, error)) (map[string]T, error) {
	out := make(map[string]T, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	get := func(ids []string) (map[string]T, error) {
		recs, err := run(ctx, r, st, ids)
		if err != nil {
			return nil, err
		}
		var d decoder
		found := make(map[string]T, len(recs))
		for _, rec := range recs {
			v := decode(&d, d.mapOf(rec, col))
			found[idOf(v)] = v
		}
		return found, d.err
	}
	found, err := get(ids)
	if err != nil {
		return nil, err
	}
	var missing []string
	for _, id := range ids {
		if v, ok := found[id]; ok {
			out[id] = v
		} else if id != "" && !slices.Contains(missing, id) {
			missing = append(missing, id)
		}
	}
	if len(missing) == 0 {
		return out, nil
	}
	resolved, err := follow(ctx, r, missing)
	if err != nil || len(resolved) == 0 {
		return out, err
	}
	found, err = get(distinct(resolved))
	if err != nil {
		return nil, err
	}
	for asked, id := range resolved {
		if v, ok := found[id]; ok {
			out[asked] = v
		}
	}
	return out, nil
}

// lookupNodes maps each of ids to the entity or event node it reads as,
// following active merges; ids that lead to no node are absent.
func lookupNodes(ctx context.Context, r runner, ids []string) (map[string]string, error) {
	out := make(map[string]string, len(ids))
	waiting := make(map[string][]string) // id to look up → the asked ids it stands for
	for _, id := range ids {
		if id != "" {
			waiting[id] = append(waiting[id], id)
		}
	}
	for step := 0; len(waiting) > 0; step++ {
		if step > mergechain.MaxChain {
			return nil, fmt.Errorf("merge chain longer than %d", mergechain.MaxChain)
		}
		recs, err := run(ctx, r, nodeLookupStmt, sortedSet(waiting))
		if err != nil {
			return nil, err
		}
		next := make(map[string][]string)
		var d decoder
		for _, rec := range recs {
			id, into := d.str(rec, "id"), d.str(rec, "intoId")
			switch {
			case d.bool(rec, "found"):
				for _, asked := range waiting[id] {
					out[asked] = id
				}
			case into != "":
				next[into] = append(next[into], waiting[id]...)
			}
		}
		if d.err != nil {
			return nil, d.err
		}
		waiting = next
	}
	return out, nil
}

func sortedSet[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// distinct returns the distinct values of m, sorted.
func distinct(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for _, v := range m {
		out = append(out, v)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

type searchArgs struct {
	query, key  string
	types       []string
	page        pageReq
	tier        int64
	negArticles int64
	id          string
}

// SearchEntities finds entities whose folded name or aliases hold every
// word of the query, the last as a prefix. Best match first: exact name,
// exact alias, name prefix, other; then the most mentioned; then id. With
// no query, the most mentioned first.
func (s *Store) SearchEntities(ctx context.Context, q graph.EntitySearch) (graph.EntityPage, error) {
	var pg graph.EntityPage
	if err := graph.ValidateEntitySearch(q); err != nil {
		return pg, fmt.Errorf("search entities: %w", err)
	}
	a := searchArgs{key: graph.SearchKey(q.Query), types: names(q.Types)}
	var err error
	if a.page, err = readPage(q.Page, "search", &a.tier, &a.negArticles, &a.id); err != nil {
		return pg, fmt.Errorf("search entities: %w", err)
	}
	st := entitySearchStmt
	switch {
	case strings.TrimSpace(q.Query) == "":
		st = entityListStmt
	case a.key == "":
		// Only punctuation: nothing can match.
		return pg, nil
	}
	a.query = luceneQuery(a.key)
	type hit struct {
		e    graph.Entity
		tier int64
	}
	err = s.read(ctx, func(ctx context.Context, r runner) error {
		recs, err := run(ctx, r, st, a)
		if err != nil {
			return err
		}
		pg, err = firstPage(recs, func(d *decoder, rec map[string]any) graph.EntityPage {
			var hits []hit
			if st.name == entityListStmt.name {
				for _, m := range d.maps(rec, "entities") {
					hits = append(hits, hit{e: decodeEntity(d, m)})
				}
			} else {
				for _, m := range d.maps(rec, "hits") {
					hits = append(hits, hit{e: decodeEntity(d, d.mapOf(m, "entity")), tier: int64(d.int(m, "tier"))})
				}
			}
			var pg graph.EntityPage
			pg.Entities, pg.PageInfo = keyset.TrimTo(hits, a.page.limit, d.int(rec, "total"), func(h hit) string {
				return keyset.Encode("search", h.tier, -int64(h.e.Articles), h.e.ID)
			}, func(h hit) graph.Entity { return h.e })
			return pg
		})
		return err
	})
	if err != nil {
		return graph.EntityPage{}, fmt.Errorf("search entities %q: %w", q.Query, err)
	}
	return pg, nil
}

type mentionPageArgs struct {
	ids       []string
	page      pageReq
	order     int64
	articleID string
	statedID  string
	ord       int64
}

// Mentions pages through each entity's mentions, newest article first.
func (s *Store) Mentions(ctx context.Context, entityIDs []string, p graph.Page) (map[string]graph.MentionPage, error) {
	a := mentionPageArgs{}
	var err error
	if a.page, err = readPage(p, "mentions", &a.order, &a.articleID, &a.statedID, &a.ord); err != nil {
		return nil, fmt.Errorf("mentions: %w", err)
	}
	return readBatch(ctx, s, "mentions", entityIDs, func(ctx context.Context, r runner) (map[string]graph.MentionPage, error) {
		resolved, err := lookupKind(ctx, r, entityIDs, isEntityID)
		if err != nil {
			return nil, err
		}
		return pagesOf(ctx, r, resolved, mentionPageStmt, a.of, a.decodePage)
	})
}

// of returns a with the entities asked set.
func (a mentionPageArgs) of(ids []string) mentionPageArgs { a.ids = ids; return a }

// decodePage reads one entity's page of mentions.
func (a mentionPageArgs) decodePage(d *decoder, rec map[string]any) graph.MentionPage {
	type item struct {
		m                  graph.Mention
		order, ord         int64
		articleID, stateID string
	}
	var items []item
	for _, m := range d.maps(rec, "mentions") {
		aid := d.str(m, "articleId")
		items = append(items, item{
			m: graph.Mention{
				Text: d.str(m, "text"), Start: d.int(m, "textStart"), End: d.int(m, "textEnd"),
				Confidence: d.float(m, "confidence"),
				Evidence: graph.Evidence{ArticleID: aid, Sentence: d.str(m, "sentence"),
					Start: d.int(m, "sentenceStart"), End: d.int(m, "sentenceEnd")},
			},
			order: int64(d.int(m, "pubOrder")), ord: int64(d.int(m, "ord")),
			articleID: aid, stateID: d.str(m, "statedId"),
		})
	}
	var pg graph.MentionPage
	pg.Mentions, pg.PageInfo = keyset.TrimTo(items, a.page.limit, d.int(rec, "total"), func(x item) string {
		return keyset.Encode("mentions", x.order, x.articleID, x.stateID, x.ord)
	}, func(x item) graph.Mention { return x.m })
	return pg
}

// lookupKind is lookupNodes keeping only the ids that read as a node of
// the kind keep accepts: Mentions answers for entities, EventReports for
// events.
func lookupKind(ctx context.Context, r runner, ids []string, keep func(string) bool) (map[string]string, error) {
	resolved, err := lookupNodes(ctx, r, ids)
	if err != nil {
		return nil, err
	}
	for asked, id := range resolved {
		if !keep(id) {
			delete(resolved, asked)
		}
	}
	return resolved, nil
}

func isEntityID(id string) bool { return graph.IDType(id) != "Event" && graph.IDType(id) != "" }
func isEventID(id string) bool  { return graph.IDType(id) == "Event" }

// ordered is a statement with its article and its place in the article's
// list, which the database does not return in any order.
type ordered[T any] struct {
	article string
	ord     int
	v       T
}

// inOrder returns the statements by article, then place: the order the
// SQLite store reads them in, so that the Summarize rules that break ties
// by order decide alike, and the order ArticleGraph returns.
func inOrder[T any](s []ordered[T]) []T {
	slices.SortFunc(s, func(a, b ordered[T]) int {
		return cmp.Or(cmp.Compare(a.article, b.article), cmp.Compare(a.ord, b.ord))
	})
	out := make([]T, len(s))
	for i := range s {
		out[i] = s[i].v
	}
	return out
}
