package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/internal/keyset"
)

const eventColumns = `e.id, e.type, e.name, e.date_start, e.date_end, e.date_precision, e.date_phrase,
	e.location_id, e.perpetrator_id, e.participants, e.killed, e.injured, e.duration, e.modality,
	e.confidence, e.articles`

func scanEvent(rows *sql.Rows, extra ...any) (graph.Event, error) {
	var e graph.Event
	var typ, precision, participants, modality string
	var killed, injured sql.NullString
	dest := append([]any{&e.ID, &typ, &e.Name, &e.Date.Start, &e.Date.End, &precision, &e.Date.Phrase,
		&e.LocationID, &e.PerpetratorID, &participants, &killed, &injured, &e.Duration, &modality,
		&e.Confidence, &e.Articles}, extra...)
	if err := rows.Scan(dest...); err != nil {
		return e, err
	}
	e.Type, e.Date.Precision, e.Modality = graph.EventType(typ), graph.Precision(precision), graph.Modality(modality)
	var err error
	if e.ParticipantIDs, err = parseArray(participants); err != nil {
		return e, err
	}
	if e.Killed, err = parseCount(killed); err != nil {
		return e, err
	}
	e.Injured, err = parseCount(injured)
	return e, err
}

// Events returns events by id, following merges.
func (s *Store) Events(ctx context.Context, ids []string) (map[string]graph.Event, error) {
	return readBatch(ctx, s, "events", ids, func(t *txn) (map[string]graph.Event, error) {
		return lookup(ctx, t, ids, t.res.ResolveAll, `SELECT `+eventColumns+` FROM events e
			WHERE e.id IN (SELECT value FROM json_each(?))`, func(rows *sql.Rows) (graph.Event, string, error) {
			e, err := scanEvent(rows)
			return e, e.ID, err
		})
	})
}

// The event listing's sort key: dated before undated, then the first day
// of the date range (negated when newest first), then id. Listings of the
// events involving given entities start from event_members, so that they
// read only those events.
const (
	eventFilters = `
		AND (:all_types OR e.type IN (SELECT value FROM json_each(:types)))
		AND (:from = '' OR (e.date_end <> '' AND e.date_end >= :from))
		AND (:to = '' OR (e.date_start <> '' AND e.date_start <= :to))
		AND (:article = '' OR e.id IN (SELECT resolved_id FROM event_reports WHERE article_id = :article))`
	eventsAll       = `FROM events e WHERE 1 ` + eventFilters
	eventsInvolving = `FROM events e WHERE e.id IN (
			SELECT event_id FROM event_members
			WHERE entity_id IN (SELECT value FROM json_each(:involving))) ` + eventFilters
	eventPage = `SELECT ` + eventColumns + `, e.day IS NULL, coalesce(e.day, 0) * :dir %s
		AND (NOT :after OR (e.day IS NULL, coalesce(e.day, 0) * :dir, e.id) > (:k1, :k2, :k3))
		ORDER BY e.day IS NULL, coalesce(e.day, 0) * :dir, e.id LIMIT :limit`
)

var (
	eventPageAll        = fmt.Sprintf(eventPage, eventsAll)
	eventPageInvolving  = fmt.Sprintf(eventPage, eventsInvolving)
	eventCountAll       = `SELECT count(*) ` + eventsAll
	eventCountInvolving = `SELECT count(*) ` + eventsInvolving
)

// eventQuery is an EventFilter checked and turned into query arguments.
type eventQuery struct {
	f    graph.EventFilter
	args []any
}

func newEventQuery(f graph.EventFilter) (eventQuery, error) {
	if err := graph.ValidateEventFilter(f); err != nil {
		return eventQuery{}, err
	}
	types := names(f.Types)
	var undated, day int64
	var id string
	args, err := pageArgs(f.Page, "events", &undated, &day, &id)
	if err != nil {
		return eventQuery{}, err
	}
	dir := 1
	if f.Newest {
		dir = -1
	}
	args = append(args, sql.Named("all_types", len(types) == 0), sql.Named("types", jsonArray(types)),
		sql.Named("from", f.From), sql.Named("to", f.To), sql.Named("dir", dir))
	return eventQuery{f: f, args: args}, nil
}

// find runs the query for events involving any of involving (resolved
// ids), or all events when involving is empty, that article reports, or
// that any article reports when article is "".
func (q eventQuery) find(ctx context.Context, t *txn, involving []string, article string) (graph.EventPage, error) {
	var pg graph.EventPage
	args := append(q.args[:len(q.args):len(q.args)], sql.Named("involving", jsonArray(involving)),
		sql.Named("article", article))
	type row struct {
		e            graph.Event
		undated, day int64
	}
	pageSQL, countSQL := eventPageAll, eventCountAll
	if len(involving) > 0 {
		pageSQL, countSQL = eventPageInvolving, eventCountInvolving
	}
	var rows []row
	err := t.scanAll(ctx, func(rs *sql.Rows) error {
		var r row
		var err error
		r.e, err = scanEvent(rs, &r.undated, &r.day)
		rows = append(rows, r)
		return err
	}, pageSQL, args...)
	if err != nil {
		return pg, err
	}
	total, err := t.count(ctx, countSQL, args...)
	if err != nil {
		return pg, err
	}
	pg.Events, pg.PageInfo = keyset.TrimTo(rows, q.f.Page.Limit(), total, func(r row) string {
		return keyset.Encode("events", r.undated, r.day, r.e.ID)
	}, func(r row) graph.Event { return r.e })
	return pg, nil
}

// FindEvents pages through events by date, then id. Involving keeps the
// events that involve any of the ids.
func (s *Store) FindEvents(ctx context.Context, f graph.EventFilter) (graph.EventPage, error) {
	q, err := newEventQuery(f)
	if err != nil {
		return graph.EventPage{}, fmt.Errorf("find events: %w", err)
	}
	var pg graph.EventPage
	err = s.read(ctx, func(t *txn) error {
		involving, err := t.resolveInvolving(ctx, f.Involving)
		if err != nil {
			return err
		}
		pg, err = q.find(ctx, t, involving, f.ArticleID)
		return err
	})
	if err != nil {
		return graph.EventPage{}, fmt.Errorf("find events: %w", err)
	}
	return pg, nil
}

// resolveInvolving maps the entity ids of EventFilter.Involving to the
// ids they read as.
func (t *txn) resolveInvolving(ctx context.Context, ids []string) ([]string, error) {
	resolved, err := t.res.ResolveAll(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = resolved[id]
	}
	return out, nil
}

// EventsInArticles pages through, for each article, the events it
// reports.
func (s *Store) EventsInArticles(ctx context.Context, articleIDs []string, f graph.EventFilter) (map[string]graph.EventPage, error) {
	f.ArticleID = ""
	q, err := newEventQuery(f)
	if err != nil {
		return nil, fmt.Errorf("events in articles: %w", err)
	}
	return readBatch(ctx, s, "events in articles", articleIDs, func(t *txn) (map[string]graph.EventPage, error) {
		involving, err := t.resolveInvolving(ctx, f.Involving)
		if err != nil {
			return nil, err
		}
		return pages(ctx, t, articleIDs, asGiven, articleExists, func(id string) (graph.EventPage, error) {
			return q.find(ctx, t, involving, id)
		})
	})
}

// EventsInvolving pages through, for each entity, the events it took part
// in, perpetrated or hosted.
func (s *Store) EventsInvolving(ctx context.Context, entityIDs []string, f graph.EventFilter) (map[string]graph.EventPage, error) {
	f.Involving = nil
	q, err := newEventQuery(f)
	if err != nil {
		return nil, fmt.Errorf("events involving: %w", err)
	}
	return readBatch(ctx, s, "events involving", entityIDs, func(t *txn) (map[string]graph.EventPage, error) {
		return pages(ctx, t, entityIDs, t.res.ResolveAll, entityExists, func(id string) (graph.EventPage, error) {
			return q.find(ctx, t, []string{id}, f.ArticleID)
		})
	})
}

// Event reports as stored; r is event_reports.
const eventReportColumns = `r.type, r.name, r.date_start, r.date_end, r.date_precision, r.date_phrase,
	r.killed, r.injured, r.duration, r.modality, r.confidence, r.evidence`

// scanEventReport reads eventReportColumns after the given leading
// columns. The report's place and actors are in event_roles.
func scanEventReport(rows *sql.Rows, lead ...any) (graph.Event, string, error) {
	var e graph.Event
	var typ, precision, modality, evidence string
	var killed, injured sql.NullString
	dest := append(lead, &typ, &e.Name, &e.Date.Start, &e.Date.End, &precision, &e.Date.Phrase,
		&killed, &injured, &e.Duration, &modality, &e.Confidence, &evidence)
	if err := rows.Scan(dest...); err != nil {
		return e, "", err
	}
	e.Type, e.Date.Precision, e.Modality = graph.EventType(typ), graph.Precision(precision), graph.Modality(modality)
	var err error
	if e.Killed, err = parseCount(killed); err != nil {
		return e, "", err
	}
	e.Injured, err = parseCount(injured)
	return e, evidence, err
}

// reportKey names one event report.
type reportKey struct{ article, event string }

// roles holds the nodes event reports name, keyed by report, with the ids
// the query selected: node_id as the article gave them, or resolved_id.
type roles map[reportKey]*graph.Event

func (rl roles) scan(rows *sql.Rows) error {
	var k reportKey
	var role, id string
	if err := rows.Scan(&k.article, &k.event, &role, &id); err != nil {
		return err
	}
	e := rl[k]
	if e == nil {
		e = &graph.Event{}
		rl[k] = e
	}
	switch role {
	case roleLocation:
		e.LocationID = id
	case rolePerpetrator:
		e.PerpetratorID = id
	case roleParticipant:
		e.ParticipantIDs = append(e.ParticipantIDs, id)
	}
	return nil
}

// fill copies the roles of report k into e.
func (rl roles) fill(k reportKey, e *graph.Event) {
	if r := rl[k]; r != nil {
		e.LocationID, e.PerpetratorID, e.ParticipantIDs = r.LocationID, r.PerpetratorID, r.ParticipantIDs
	}
}

// EventReports pages through each event's per-article reports, newest
// article first. Reports read as the event they now belong to: ids follow
// merges.
func (s *Store) EventReports(ctx context.Context, eventIDs []string, p graph.Page) (map[string]graph.EventReportPage, error) {
	var order int64
	var article, event string
	args, err := pageArgs(p, "reports", &order, &article, &event)
	if err != nil {
		return nil, fmt.Errorf("event reports: %w", err)
	}
	return readBatch(ctx, s, "event reports", eventIDs, func(t *txn) (map[string]graph.EventReportPage, error) {
		return pages(ctx, t, eventIDs, t.res.ResolveAll, eventExists, func(id string) (graph.EventReportPage, error) {
			return t.eventReports(ctx, id, p.Limit(), args)
		})
	})
}

func (t *txn) eventReports(ctx context.Context, id string, limit int, args []any) (graph.EventReportPage, error) {
	var pg graph.EventReportPage
	type row struct {
		r       graph.EventReport
		order   int64
		eventID string
	}
	var rows []row
	var articles []string
	err := t.scanAll(ctx, func(rs *sql.Rows) error {
		var r row
		var evidence string
		var err error
		r.r.Event, evidence, err = scanEventReport(rs, &r.r.ArticleID, &r.eventID, &r.order)
		if err != nil {
			return err
		}
		r.r.Event.ID = id
		if r.r.Evidence, err = parseEvidence(r.r.ArticleID, evidence); err != nil {
			return err
		}
		rows = append(rows, r)
		articles = append(articles, r.r.ArticleID)
		return nil
	}, `SELECT r.article_id, r.event_id, a.pub_order, `+eventReportColumns+`
		FROM event_reports r JOIN articles a ON a.id = r.article_id
		WHERE r.resolved_id = :id
		  AND (NOT :after OR (a.pub_order, r.article_id, r.event_id) > (:k1, :k2, :k3))
		ORDER BY a.pub_order, r.article_id, r.event_id LIMIT :limit`,
		append(args, sql.Named("id", id))...)
	if err != nil {
		return pg, err
	}
	rl := roles{}
	if err := t.scanAll(ctx, rl.scan, `SELECT n.article_id, n.event_id, n.role, n.resolved_id
		FROM event_roles n JOIN event_reports r ON r.article_id = n.article_id AND r.event_id = n.event_id
		WHERE r.resolved_id = ? AND n.article_id IN (SELECT value FROM json_each(?))
		ORDER BY n.article_id, n.event_id, n.role, n.ord`, id, jsonArray(articles)); err != nil {
		return pg, err
	}
	total, err := t.count(ctx, `SELECT count(*) FROM event_reports WHERE resolved_id = ?`, id)
	if err != nil {
		return pg, err
	}
	rows, pg.PageInfo = keyset.Trim(rows, limit, total, func(r row) string {
		return keyset.Encode("reports", r.order, r.r.ArticleID, r.eventID)
	})
	for _, r := range rows {
		rl.fill(reportKey{r.r.ArticleID, r.eventID}, &r.r.Event)
		pg.Reports = append(pg.Reports, r.r)
	}
	return pg, nil
}

func (w *writer) saveEvent(ctx context.Context, e graph.Event, digest string) error {
	var day sql.NullInt64
	if d, ok := keyset.Day(e.Date.Start); ok {
		day = sql.NullInt64{Int64: d, Valid: true}
	}
	if _, err := w.exec(ctx, `INSERT INTO events
		(id, type, name, date_start, date_end, date_precision, date_phrase, day, location_id, perpetrator_id,
		 participants, killed, injured, duration, modality, confidence, articles, digest)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET type = excluded.type, name = excluded.name,
			date_start = excluded.date_start, date_end = excluded.date_end,
			date_precision = excluded.date_precision, date_phrase = excluded.date_phrase, day = excluded.day,
			location_id = excluded.location_id, perpetrator_id = excluded.perpetrator_id,
			participants = excluded.participants, killed = excluded.killed, injured = excluded.injured,
			duration = excluded.duration, modality = excluded.modality, confidence = excluded.confidence,
			articles = excluded.articles, digest = excluded.digest`,
		e.ID, string(e.Type), e.Name, e.Date.Start, e.Date.End, string(e.Date.Precision), e.Date.Phrase, day,
		e.LocationID, e.PerpetratorID, jsonArray(e.ParticipantIDs), countJSON(e.Killed), countJSON(e.Injured),
		e.Duration, string(e.Modality), e.Confidence, e.Articles, digest,
	); err != nil {
		return err
	}
	members := append([]string{e.LocationID, e.PerpetratorID}, e.ParticipantIDs...)
	seen := make(map[string]bool, len(members))
	for _, m := range members {
		if m == "" || seen[m] {
			continue
		}
		seen[m] = true
		if _, err := w.exec(ctx, `INSERT INTO event_members (entity_id, event_id) VALUES (?, ?)`, m, e.ID); err != nil {
			return err
		}
	}
	return nil
}
