package neo4j

import (
	"context"
	"fmt"
	"time"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/internal/mergechain"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// writer is one attempt at a write transaction: the transaction, the
// merges it knows of, and the ids its statements touched, which refresh
// summarises again before the transaction commits.
type writer struct {
	s          *Store
	tx         runner
	now        time.Time
	res        *mergechain.Resolver
	entities   graph.Pending[graph.EntityReport]
	events     graph.Pending[graph.EventReport]
	relations  graph.Pending[graph.Claim]
	statements int
}

func newWriter(s *Store, tx runner) *writer {
	w := &writer{s: s, tx: tx, now: s.now().UTC()}
	w.res = newResolver(w)
	return w
}

// run makes the writer a runner that counts its statements.
func (w *writer) run(ctx context.Context, name, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	w.statements++
	return w.tx.run(ctx, name, cypher, params)
}

// PutArticles writes article graphs in one transaction. Every graph is
// validated before anything is written; an article whose fingerprint is
// unchanged is skipped; a changed one has its old statements removed first.
// Each kind of statement is written with one UNWIND statement per BatchSize
// rows, so a batch costs a number of round trips that grows with its size
// in rows / BatchSize, not with its number of claims.
func (s *Store) PutArticles(ctx context.Context, graphs []graph.ArticleGraph) ([]graph.PutResult, error) {
	if err := graph.ValidateArticleGraphs(graphs); err != nil {
		return nil, fmt.Errorf("put articles: %w", err)
	}
	if len(graphs) == 0 {
		return nil, nil
	}
	var results []graph.PutResult
	err := s.write(ctx, func(ctx context.Context, w *writer) error {
		var err error
		results, err = w.putArticles(ctx, graphs)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("put %d articles: %w", len(graphs), err)
	}
	return results, nil
}

func (w *writer) putArticles(ctx context.Context, graphs []graph.ArticleGraph) ([]graph.PutResult, error) {
	// What the database holds now.
	ids := make([]string, 0, len(graphs))
	last := make(map[string]int, len(graphs)) // article id → index of its last graph in the batch
	for i, g := range graphs {
		if _, ok := last[g.Article.ID]; !ok {
			ids = append(ids, g.Article.ID)
		}
		last[g.Article.ID] = i
	}
	recs, err := run(ctx, w, articleFingerprintsStmt, ids)
	if err != nil {
		return nil, err
	}
	stored := make(map[string]string, len(recs))
	var d decoder
	for _, rec := range recs {
		stored[d.str(rec, "id")] = d.str(rec, "fingerprint")
	}
	if d.err != nil {
		return nil, d.err
	}

	// Statuses read as if the graphs were written one after another; only
	// the last graph of an article is written, and only when it differs
	// from what is stored.
	results := make([]graph.PutResult, len(graphs))
	seen := make(map[string]string, len(stored))
	for id, fp := range stored {
		seen[id] = fp
	}
	var merges []graph.Merge
	for i, g := range graphs {
		a := g.Article
		fp, ok := seen[a.ID]
		status := graph.Added
		switch {
		case ok && fp == a.Fingerprint:
			status = graph.Unchanged
		case ok:
			status = graph.Updated
		}
		seen[a.ID] = a.Fingerprint
		results[i] = graph.PutResult{ArticleID: a.ID, Status: status}
		if status != graph.Unchanged {
			merges = append(merges, g.Merges...)
		}
	}
	var write []graph.ArticleGraph
	var replaced []string
	for _, id := range ids {
		g := graphs[last[id]]
		fp, ok := stored[id]
		if ok && fp == g.Article.Fingerprint {
			continue
		}
		if ok {
			replaced = append(replaced, id)
		}
		write = append(write, g)
	}
	if len(write) == 0 && len(merges) == 0 {
		return results, nil
	}

	if err := w.res.Load(ctx, mergechain.StatedIDs(graphs)); err != nil {
		return nil, err
	}
	if err := w.applyMerges(ctx, merges); err != nil {
		return nil, err
	}
	if err := w.removeStatements(ctx, replaced); err != nil {
		return nil, err
	}
	if err := w.writeStatements(ctx, write); err != nil {
		return nil, err
	}
	return results, w.refresh(ctx)
}

// removeStatements deletes what the given articles stated, keeping the
// article nodes, and marks the nodes and relations those statements made
// for refresh.
func (w *writer) removeStatements(ctx context.Context, articleIDs []string) error {
	if len(articleIDs) == 0 {
		return nil
	}
	if err := w.touchStatements(ctx, articleIDs); err != nil {
		return err
	}
	_, err := run(ctx, w, articleStatementsDelete, articleIDs)
	return err
}

// touchStatements marks for refresh what the articles' statements make. It
// is ErrNotFound when one of the articles does not exist.
func (w *writer) touchStatements(ctx context.Context, articleIDs []string) error {
	recs, err := run(ctx, w, articleStatementsStmt, articleIDs)
	if err != nil {
		return err
	}
	var d decoder
	for _, rec := range recs {
		w.entities.Changed(d.strs(rec, "entities")...)
		w.events.Changed(d.strs(rec, "events")...)
		w.relations.Changed(d.strs(rec, "relations")...)
	}
	if d.err == nil && len(recs) != len(articleIDs) {
		return graph.ErrNotFound
	}
	return d.err
}

// writeStatements writes the articles and everything they state, under the
// ids the extractor gave, pointing at what those ids resolve to.
func (w *writer) writeStatements(ctx context.Context, graphs []graph.ArticleGraph) error {
	var (
		articles []articleRow
		mentions []mentionRow
		reports  []reportRow
		claims   []claimRow
	)
	for _, g := range graphs {
		n := 0
		for i, r := range g.Entities {
			to, err := w.res.Resolve(ctx, r.Entity.ID)
			if err != nil {
				return err
			}
			mentions = append(mentions, mentionRow{ord: i, entityID: to, r: r})
			w.entities.Add(to, r.ArticleID, i, r)
			n += len(r.Mentions)
		}
		for i, r := range g.Events {
			to, err := w.res.Resolve(ctx, r.Event.ID)
			if err != nil {
				return err
			}
			reports = append(reports, reportRow{ord: i, eventID: to, r: r})
			// The report as its event's digest reads it: naming the nodes
			// its place and actors read as now.
			now := r
			if err := resolveEventRefs(ctx, w.res, &now.Event); err != nil {
				return err
			}
			w.events.Add(to, r.ArticleID, i, now)
		}
		for i, c := range g.Claims {
			res, err := resolveClaim(ctx, w.res, c)
			if err != nil {
				return err
			}
			claims = append(claims, claimRow{ord: i, c: c, res: res})
			// The claim as its relation's digest reads it.
			rel := c.Relation
			now := graph.Claim{ArticleID: c.ArticleID, Confidence: c.Confidence, Relation: graph.Relation{
				ID: res.relationID, Type: rel.Type, SourceID: res.sourceID, TargetID: res.targetID,
				Modality: rel.Modality, Role: rel.Role,
			}}
			w.relations.Add(res.relationID, c.ArticleID, i, now)
		}
		articles = append(articles, articleRow{a: g.Article, loadedAt: w.now, mentions: n})
	}
	size := w.s.batch
	if _, err := runBatch(ctx, w, articlePut, articles, size); err != nil {
		return err
	}
	if _, err := runBatch(ctx, w, mentionPut, mentions, size); err != nil {
		return err
	}
	if _, err := runBatch(ctx, w, reportPut, reports, size); err != nil {
		return err
	}
	_, err := runBatch(ctx, w, claimPut, claims, size)
	return err
}

// DeleteArticle removes an article, everything it stated, and the nodes and
// relations no other article states.
func (s *Store) DeleteArticle(ctx context.Context, id string) error {
	err := s.write(ctx, func(ctx context.Context, w *writer) error {
		if err := w.touchStatements(ctx, []string{id}); err != nil {
			return err
		}
		if _, err := run(ctx, w, articleDeleteStmt, id); err != nil {
			return err
		}
		return w.refresh(ctx)
	})
	if err != nil {
		return fmt.Errorf("delete article %s: %w", id, err)
	}
	return nil
}
