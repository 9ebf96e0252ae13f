package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/internal/keyset"
	"github.com/geokg/geokg/graph/internal/mergechain"
)

// writer is the write transaction: a txn that also keeps, for each kind of
// node, what its statements did to which nodes, so that refresh derives
// exactly those nodes again before commit.
type writer struct {
	*txn
	now       time.Time
	entities  graph.Pending[graph.EntityReport]
	events    graph.Pending[graph.EventReport]
	relations graph.Pending[graph.Claim]
}

func newWriter(tx *sql.Tx, now time.Time) *writer {
	return &writer{txn: newTxn(tx), now: now}
}

// PutArticles writes article graphs in one transaction. Every graph is
// validated before anything is written; an article whose fingerprint is
// unchanged is skipped; a changed one has its old statements removed first.
func (s *Store) PutArticles(ctx context.Context, graphs []graph.ArticleGraph) ([]graph.PutResult, error) {
	if err := graph.ValidateArticleGraphs(graphs); err != nil {
		return nil, fmt.Errorf("put articles: %w", err)
	}
	if len(graphs) == 0 {
		return nil, nil
	}
	results := make([]graph.PutResult, len(graphs))
	err := s.write(ctx, func(w *writer) error {
		if err := w.res.Load(ctx, mergechain.StatedIDs(graphs)); err != nil {
			return err
		}
		for i, g := range graphs {
			status, err := w.putArticle(ctx, g)
			if err != nil {
				return fmt.Errorf("article %s: %w", g.Article.ID, err)
			}
			results[i] = graph.PutResult{ArticleID: g.Article.ID, Status: status}
			if s.afterArticle != nil {
				s.afterArticle(i)
			}
		}
		return w.refresh(ctx)
	})
	if err != nil {
		return nil, fmt.Errorf("put %d articles: %w", len(graphs), err)
	}
	return results, nil
}

func (w *writer) putArticle(ctx context.Context, g graph.ArticleGraph) (graph.PutStatus, error) {
	a := g.Article
	var fingerprint string
	status := graph.Added
	err := w.queryRow(ctx, `SELECT fingerprint FROM articles WHERE id = ?`, a.ID).Scan(&fingerprint)
	switch {
	case errors.Is(err, sql.ErrNoRows):
	case err != nil:
		return "", err
	case fingerprint == a.Fingerprint:
		return graph.Unchanged, nil
	default:
		status = graph.Updated
		if err := w.removeArticle(ctx, a.ID); err != nil {
			return "", err
		}
	}
	for _, m := range g.Merges {
		if err := w.applyMerge(ctx, m); err != nil {
			return "", err
		}
	}
	if _, err := w.exec(ctx, `INSERT INTO articles
		(id, title, url, published, pub_order, body, source, fingerprint, loaded_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		a.ID, a.Title, a.URL, a.Published, keyset.PubOrder(a.Published), a.Text, a.Source, a.Fingerprint, unixNano(w.now),
	); err != nil {
		return "", fmt.Errorf("insert article: %w", err)
	}
	for i, r := range g.Entities {
		if err := w.insertEntityReport(ctx, a.ID, i, r); err != nil {
			return "", fmt.Errorf("entity %s: %w", r.Entity.ID, err)
		}
	}
	for i, r := range g.Events {
		if err := w.insertEventReport(ctx, a.ID, i, r); err != nil {
			return "", fmt.Errorf("event %s: %w", r.Event.ID, err)
		}
	}
	for i, c := range g.Claims {
		if err := w.insertClaim(ctx, a.ID, i, c); err != nil {
			return "", fmt.Errorf("claim %s: %w", c.Relation.ID, err)
		}
	}
	return status, nil
}

// removeArticle deletes an article and everything it stated, and marks the
// nodes those statements made for refresh.
func (w *writer) removeArticle(ctx context.Context, id string) error {
	entities, err := w.column(ctx, `SELECT resolved_id FROM entity_reports WHERE article_id = ?`, id)
	if err != nil {
		return fmt.Errorf("entities of %s: %w", id, err)
	}
	w.entities.Changed(entities...)
	events, err := w.column(ctx, `SELECT resolved_id FROM event_reports WHERE article_id = ?`, id)
	if err != nil {
		return fmt.Errorf("events of %s: %w", id, err)
	}
	w.events.Changed(events...)
	relations, err := w.column(ctx, `SELECT res_relation_id FROM claims WHERE article_id = ?`, id)
	if err != nil {
		return fmt.Errorf("claims of %s: %w", id, err)
	}
	w.relations.Changed(relations...)
	// Reports, mentions, roles and claims go with the article (ON DELETE CASCADE).
	if _, err := w.exec(ctx, `DELETE FROM articles WHERE id = ?`, id); err != nil {
		return fmt.Errorf("delete article %s: %w", id, err)
	}
	return nil
}

// DeleteArticle removes an article, everything it stated, and the nodes and
// relations no other article states.
func (s *Store) DeleteArticle(ctx context.Context, id string) error {
	err := s.write(ctx, func(w *writer) error {
		n, err := w.count(ctx, `SELECT count(*) FROM articles WHERE id = ?`, id)
		if err != nil {
			return err
		}
		if n == 0 {
			return graph.ErrNotFound
		}
		if err := w.removeArticle(ctx, id); err != nil {
			return err
		}
		return w.refresh(ctx)
	})
	if err != nil {
		return fmt.Errorf("delete article %s: %w", id, err)
	}
	return nil
}

func (w *writer) insertEntityReport(ctx context.Context, articleID string, ord int, r graph.EntityReport) error {
	e := r.Entity
	resolved, err := w.res.Resolve(ctx, e.ID)
	if err != nil {
		return err
	}
	if _, err := w.exec(ctx, `INSERT INTO entity_reports
		(article_id, entity_id, ord, resolved_id, type, name, aliases, kind, code, forms)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		articleID, e.ID, ord, resolved, string(e.Type), e.Name, jsonArray(e.Aliases), e.Kind, e.Code, jsonArray(forms(r)),
	); err != nil {
		return err
	}
	for i, m := range r.Mentions {
		if _, err := w.exec(ctx, `INSERT INTO mentions
			(article_id, entity_id, ord, text, text_start, text_end, sentence, start_at, end_at, confidence)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			articleID, e.ID, i, m.Text, m.Start, m.End, m.Evidence.Sentence, m.Evidence.Start, m.Evidence.End, m.Confidence,
		); err != nil {
			return fmt.Errorf("mention %d: %w", i, err)
		}
	}
	w.entities.Add(resolved, articleID, ord, r)
	return nil
}

// forms lists a report's distinct mention texts, first first. Summaries
// read these, not the mentions themselves: keeping them on the report
// spares a rebuild reading every mention.
func forms(r graph.EntityReport) []string {
	var out []string
	seen := make(map[string]bool, len(r.Mentions))
	for _, m := range r.Mentions {
		if !seen[m.Text] {
			seen[m.Text] = true
			out = append(out, m.Text)
		}
	}
	return out
}

// Roles of the nodes an event report names, as stored in event_roles.
const (
	roleLocation    = "location"
	rolePerpetrator = "perpetrator"
	roleParticipant = "participant"
)

func (w *writer) insertEventReport(ctx context.Context, articleID string, ord int, r graph.EventReport) error {
	e := r.Event
	resolved, err := w.res.Resolve(ctx, e.ID)
	if err != nil {
		return err
	}
	if _, err := w.exec(ctx, `INSERT INTO event_reports
		(article_id, event_id, ord, resolved_id, type, name, date_start, date_end, date_precision, date_phrase,
		 killed, injured, duration, modality, confidence, evidence)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		articleID, e.ID, ord, resolved, string(e.Type), e.Name,
		e.Date.Start, e.Date.End, string(e.Date.Precision), e.Date.Phrase,
		countJSON(e.Killed), countJSON(e.Injured), e.Duration, string(e.Modality), e.Confidence,
		evidenceJSON(r.Evidence),
	); err != nil {
		return err
	}
	// The report as its event's digest reads it: naming the nodes its
	// place and actors read as now.
	now := graph.EventReport{Event: e, ArticleID: articleID}
	now.Event.ParticipantIDs = make([]string, len(e.ParticipantIDs))
	insertRole := func(role string, i int, nodeID string, into *string) error {
		if nodeID == "" {
			return nil
		}
		res, err := w.res.Resolve(ctx, nodeID)
		if err != nil {
			return err
		}
		*into = res
		_, err = w.exec(ctx, `INSERT INTO event_roles
			(article_id, event_id, role, ord, node_id, resolved_id) VALUES (?, ?, ?, ?, ?, ?)`,
			articleID, e.ID, role, i, nodeID, res)
		return err
	}
	if err := insertRole(roleLocation, 0, e.LocationID, &now.Event.LocationID); err != nil {
		return err
	}
	if err := insertRole(rolePerpetrator, 0, e.PerpetratorID, &now.Event.PerpetratorID); err != nil {
		return err
	}
	for i, p := range e.ParticipantIDs {
		if err := insertRole(roleParticipant, i, p, &now.Event.ParticipantIDs[i]); err != nil {
			return err
		}
	}
	w.events.Add(resolved, articleID, ord, now)
	return nil
}

func (w *writer) insertClaim(ctx context.Context, articleID string, ord int, c graph.Claim) error {
	r := c.Relation
	ends, err := w.res.ResolveAll(ctx, []string{r.SourceID, r.TargetID, c.SpeakerID})
	if err != nil {
		return err
	}
	source, target := ends[r.SourceID], ends[r.TargetID]
	resolvedID := graph.RelationID(r.Type, source, target, r.Modality)
	if _, err := w.exec(ctx, `INSERT INTO claims
		(article_id, ord, relation_id, type, source_id, target_id, modality, role, relation_confidence,
		 speaker_id, sentence, start_at, end_at, confidence,
		 res_relation_id, res_source_id, res_target_id, res_speaker_id)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		articleID, ord, r.ID, string(r.Type), r.SourceID, r.TargetID, string(r.Modality), r.Role, r.Confidence,
		c.SpeakerID, c.Evidence.Sentence, c.Evidence.Start, c.Evidence.End, c.Confidence,
		resolvedID, source, target, ends[c.SpeakerID],
	); err != nil {
		return err
	}
	// The claim as its relation's digest reads it.
	now := graph.Claim{Relation: relationOf(r.Type, source, target, r.Modality), ArticleID: articleID, Confidence: c.Confidence}
	now.Relation.Role = r.Role
	w.relations.Add(resolvedID, articleID, ord, now)
	return nil
}
