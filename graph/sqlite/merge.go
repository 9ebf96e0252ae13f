package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/internal/keyset"
)

// Merges change no statement: each keeps the id its article gave. They
// change the resolved ids beside them, and the nodes derived from those.

// ApplyMerge records m and makes m.FromID read as m.IntoID.
func (s *Store) ApplyMerge(ctx context.Context, m graph.Merge) error {
	if err := graph.ValidateMerge(m); err != nil {
		return fmt.Errorf("apply merge: %w", err)
	}
	err := s.write(ctx, func(w *writer) error {
		if err := w.applyMerge(ctx, m); err != nil {
			return err
		}
		return w.refresh(ctx)
	})
	if err != nil {
		return fmt.Errorf("apply merge of %s into %s: %w", m.FromID, m.IntoID, err)
	}
	return nil
}

func (w *writer) applyMerge(ctx context.Context, m graph.Merge) error {
	var active bool
	err := w.queryRow(ctx, `SELECT undone_at IS NULL FROM merges WHERE id = ?`, m.ID).Scan(&active)
	switch {
	case err == nil && active:
		return nil // already in effect
	case err != nil && !errors.Is(err, sql.ErrNoRows):
		return err
	}
	into, err := w.res.Resolve(ctx, m.IntoID)
	if err != nil {
		return err
	}
	if into == m.FromID {
		return fmt.Errorf("%s already reads as %s: %w", m.IntoID, m.FromID, graph.ErrConflict)
	}
	if from, err := w.res.Resolve(ctx, m.FromID); err != nil {
		return err
	} else if from != m.FromID {
		return fmt.Errorf("%s is already merged into %s: %w", m.FromID, from, graph.ErrConflict)
	}
	created := m.CreatedAt
	if created.IsZero() {
		created = w.now
	}
	if _, err := w.exec(ctx, `INSERT INTO merges (id, from_id, into_id, names, rule, article_id, created_at, undone_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, NULL)
		ON CONFLICT (id) DO UPDATE SET names = excluded.names, rule = excluded.rule,
			article_id = excluded.article_id, created_at = excluded.created_at, undone_at = NULL`,
		m.ID, m.FromID, m.IntoID, jsonArray(m.Names), m.Rule, m.ArticleID, unixNano(created),
	); err != nil {
		return fmt.Errorf("record merge: %w", err)
	}
	w.res.Merged(m.FromID, m.IntoID)
	// Everything that read as FromID now reads as where IntoID leads.
	return w.repoint(ctx, m.FromID, into, nil)
}

// UndoMerge ends a merge: its FromID, and the ids merged into it, read as
// themselves again.
func (s *Store) UndoMerge(ctx context.Context, id string) error {
	err := s.write(ctx, func(w *writer) error {
		var from string
		var undone sql.NullInt64
		err := w.queryRow(ctx, `SELECT from_id, undone_at FROM merges WHERE id = ?`, id).Scan(&from, &undone)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			return graph.ErrNotFound
		case err != nil:
			return err
		case undone.Valid:
			return fmt.Errorf("already undone: %w", graph.ErrConflict)
		}
		target, err := w.res.Resolve(ctx, from)
		if err != nil {
			return err
		}
		// The ids whose chain passes through from: from and every id
		// merged into it, directly or through others.
		through, err := w.column(ctx, `WITH RECURSIVE up (id) AS (
				SELECT ?
				UNION SELECT m.from_id FROM merges m JOIN up ON m.into_id = up.id WHERE m.undone_at IS NULL)
			SELECT id FROM up`, from)
		if err != nil {
			return err
		}
		if _, err := w.exec(ctx, `UPDATE merges SET undone_at = ? WHERE id = ?`, unixNano(w.now), id); err != nil {
			return err
		}
		w.res.Unmerged(from)
		if err := w.repoint(ctx, target, from, through); err != nil {
			return err
		}
		return w.refresh(ctx)
	})
	if err != nil {
		return fmt.Errorf("undo merge %s: %w", id, err)
	}
	return nil
}

// repoint makes the statements that resolve to from resolve to to instead;
// with only set, just those whose own id is in it. It marks the nodes whose
// statements moved for refresh.
func (w *writer) repoint(ctx context.Context, from, to string, only []string) error {
	all := only == nil
	onlyJSON := jsonArray(only)

	// Reports of entities and events: both ends of the move change, and
	// are built again from their statements.
	for _, t := range []struct {
		changed func(ids ...string)
		update  string
	}{
		{changed: w.entities.Changed, update: `UPDATE entity_reports SET resolved_id = :to
			WHERE resolved_id = :from AND (:all OR entity_id IN (SELECT value FROM json_each(:only)))`},
		{changed: w.events.Changed, update: `UPDATE event_reports SET resolved_id = :to
			WHERE resolved_id = :from AND (:all OR event_id IN (SELECT value FROM json_each(:only)))`},
	} {
		res, err := w.exec(ctx, t.update, sql.Named("from", from), sql.Named("to", to),
			sql.Named("all", all), sql.Named("only", onlyJSON))
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n > 0 {
			t.changed(from, to)
		}
	}

	// The places and actors of event reports: their events change.
	args := []any{sql.Named("from", from), sql.Named("to", to), sql.Named("all", all), sql.Named("only", onlyJSON)}
	events, err := w.column(ctx, `SELECT DISTINCT r.resolved_id FROM event_roles n
		JOIN event_reports r ON r.article_id = n.article_id AND r.event_id = n.event_id
		WHERE n.resolved_id = :from AND (:all OR n.node_id IN (SELECT value FROM json_each(:only)))`, args...)
	if err != nil {
		return err
	}
	w.events.Changed(events...)
	if _, err := w.exec(ctx, `UPDATE event_roles SET resolved_id = :to
		WHERE resolved_id = :from AND (:all OR node_id IN (SELECT value FROM json_each(:only)))`, args...); err != nil {
		return err
	}

	// Claims: their ends or speaker move, and the relation they support
	// with them.
	in := make(map[string]bool, len(only))
	for _, id := range only {
		in[id] = true
	}
	moves := func(raw, resolved string) bool { return resolved == from && (all || in[raw]) }
	type claim struct {
		rowid                                      int64
		typ, modality, source, target, speaker     string
		resSource, resTarget, resSpeaker, relation string
	}
	var claims []claim
	err = w.scanAll(ctx, func(rows *sql.Rows) error {
		var c claim
		err := rows.Scan(&c.rowid, &c.typ, &c.modality, &c.source, &c.target, &c.speaker,
			&c.resSource, &c.resTarget, &c.resSpeaker, &c.relation)
		claims = append(claims, c)
		return err
	}, `SELECT rowid, type, modality, source_id, target_id, speaker_id,
			res_source_id, res_target_id, res_speaker_id, res_relation_id
		FROM claims WHERE res_source_id = :from OR res_target_id = :from
			OR (res_speaker_id <> '' AND res_speaker_id = :from)`, sql.Named("from", from))
	if err != nil {
		return err
	}
	for _, c := range claims {
		changed := false
		for _, end := range []struct{ raw, res *string }{{&c.source, &c.resSource}, {&c.target, &c.resTarget}, {&c.speaker, &c.resSpeaker}} {
			if moves(*end.raw, *end.res) {
				*end.res, changed = to, true
			}
		}
		if !changed {
			continue
		}
		relation := graph.RelationID(graph.RelationType(c.typ), c.resSource, c.resTarget, graph.Modality(c.modality))
		if _, err := w.exec(ctx, `UPDATE claims SET res_source_id = ?, res_target_id = ?, res_speaker_id = ?,
			res_relation_id = ? WHERE rowid = ?`, c.resSource, c.resTarget, c.resSpeaker, relation, c.rowid); err != nil {
			return err
		}
		w.relations.Changed(c.relation, relation)
	}
	return nil
}

// The merge listing's sort key: newest first (created_at negated), then id.
const (
	mergesWhere = `FROM merges WHERE (:node = '' OR from_id = :node OR into_id = :node) AND (:undone OR undone_at IS NULL)`
	mergePage   = `SELECT id, from_id, into_id, names, rule, article_id, created_at, undone_at ` + mergesWhere + `
		AND (NOT :after OR (-created_at, id) > (:k1, :k2))
		ORDER BY created_at DESC, id LIMIT :limit`
	mergeCount = `SELECT count(*) ` + mergesWhere
)

// Merges pages through merges, newest first.
func (s *Store) Merges(ctx context.Context, f graph.MergeFilter) (graph.MergePage, error) {
	var pg graph.MergePage
	var negCreated int64
	var lastID string
	args, err := pageArgs(f.Page, "merges", &negCreated, &lastID)
	if err != nil {
		return pg, fmt.Errorf("merges: %w", err)
	}
	args = append(args, sql.Named("node", f.NodeID), sql.Named("undone", f.IncludeUndone))
	var ms []graph.Merge
	err = s.read(ctx, func(t *txn) error {
		err := t.scanAll(ctx, func(rows *sql.Rows) error {
			var m graph.Merge
			var names string
			var created int64
			var undone sql.NullInt64
			if err := rows.Scan(&m.ID, &m.FromID, &m.IntoID, &names, &m.Rule, &m.ArticleID, &created, &undone); err != nil {
				return err
			}
			m.CreatedAt = fromUnixNano(created)
			if undone.Valid {
				m.UndoneAt = fromUnixNano(undone.Int64)
			}
			var err error
			m.Names, err = parseArray(names)
			ms = append(ms, m)
			return err
		}, mergePage, args...)
		if err != nil {
			return err
		}
		pg.TotalCount, err = t.count(ctx, mergeCount, args...)
		return err
	})
	if err != nil {
		return graph.MergePage{}, fmt.Errorf("merges: %w", err)
	}
	pg.Merges, pg.PageInfo = keyset.Trim(ms, f.Page.Limit(), pg.TotalCount, func(m graph.Merge) string {
		return keyset.Encode("merges", -unixNano(m.CreatedAt), m.ID)
	})
	return pg, nil
}
