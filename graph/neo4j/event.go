package neo4j

import (
	"context"
	"fmt"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/graph/internal/keyset"
	"github.com/geokg/geokg/graph/internal/mergechain"
)

// reportRow is one article's account of one event: a REPORTS relationship
// from the article to the node the extractor's id resolves to.
type reportRow struct {
	ord     int
	eventID string // resolved
	r       graph.EventReport
}

// eventRow is an event summary with the digest it was read from ("" for
// none, as in an export).
type eventRow struct {
	e      graph.Event
	digest string
}

var (
	reportPut = defineBatch("report_put", func(r reportRow) map[string]any {
		m := eventFields(r.r.Event, map[string]any{
			"articleId": r.r.ArticleID, "eventId": r.eventID, "statedId": r.r.Event.ID, "ord": r.ord,
		})
		n := len(r.r.Evidence)
		sentences, starts, ends := make([]string, n), make([]int, n), make([]int, n)
		for i, ev := range r.r.Evidence {
			sentences[i], starts[i], ends[i] = ev.Sentence, ev.Start, ev.End
		}
		m["sentences"], m["sentenceStarts"], m["sentenceEnds"] = sentences, starts, ends
		return m
	})
	eventPut = defineBatch("event_put", func(r eventRow) map[string]any {
		e := r.e
		var day any
		if d, ok := keyset.Day(e.Date.Start); ok {
			day = d
		}
		return eventFields(e, map[string]any{
			"id": e.ID, "cameo": e.Type.CAMEO(), "caption": caption(e), "day": day, "articles": e.Articles,
			"digest": optional(r.digest),
		})
	})
	// Links an event to the nodes it involves (resolved ids, with the role
	// each plays), after every node of the transaction is written.
	eventInvolves = defineBatch("event_involves", func(e graph.Event) map[string]any {
		return map[string]any{"id": e.ID, "involves": involves(e)}
	})
	eventDeleteStmt  = define("event_delete", idsParams)
	eventReportsStmt = define("event_reports", idsParams)
	eventGetStmt     = define("event_get", idsParams)

	eventFindStmt          = define("event_find", eventFindParams)
	eventFindInArticleStmt = define("event_find_in_article", func(a eventFindArgs) map[string]any {
		m := eventFindParams(a)
		m["articleId"] = a.articleID
		return m
	})
	eventInvolvingPageStmt = define("event_involving_page", func(a eventFindArgs) map[string]any {
		m := eventFindParams(a)
		m["ids"], m["articleId"] = nonNil(a.ids), optional(a.articleID)
		return m
	})
	eventFindInvolvingStmt = define("event_find_involving", func(a eventFindArgs) map[string]any {
		m := eventFindParams(a)
		m["involving"], m["articleId"] = nonNil(a.involving), optional(a.articleID)
		return m
	})
	eventInArticlesPageStmt = define("event_in_articles_page", func(a eventFindArgs) map[string]any {
		m := eventFindParams(a)
		m["ids"], m["byInvolving"], m["involving"] = nonNil(a.ids), a.byInvolving, nonNil(a.involving)
		return m
	})
	eventReportPageStmt = define("event_report_page", func(a reportPageArgs) map[string]any {
		return a.page.params(map[string]any{
			"ids": nonNil(a.ids), "cursorOrder": a.order, "cursorArticleId": a.articleID, "cursorStatedId": a.statedID,
		})
	})
)

// eventFields sets the properties an event summary and an event report
// share on m.
func eventFields(e graph.Event, m map[string]any) map[string]any {
	m["type"], m["name"] = string(e.Type), e.Name
	m["dateStart"], m["dateEnd"], m["datePrecision"], m["datePhrase"] =
		e.Date.Start, e.Date.End, string(e.Date.Precision), e.Date.Phrase
	m["locationId"], m["perpetratorId"], m["participantIds"] = e.LocationID, e.PerpetratorID, nonNil(e.ParticipantIDs)
	countFields(m, "killed", e.Killed)
	countFields(m, "injured", e.Injured)
	m["duration"], m["modality"], m["confidence"] = e.Duration, string(e.Modality), e.Confidence
	return m
}

// countFields flattens a casualty figure into prefixed properties; all are
// null (absent) when the source gave none.
func countFields(m map[string]any, prefix string, c *graph.Count) {
	if c == nil {
		m[prefix+"Value"], m[prefix+"Qualifier"], m[prefix+"Min"], m[prefix+"Vague"], m[prefix+"Text"] = nil, nil, nil, nil, nil
		return
	}
	m[prefix+"Value"], m[prefix+"Qualifier"], m[prefix+"Min"], m[prefix+"Vague"], m[prefix+"Text"] =
		c.Value, c.Qualifier, c.Min, c.Vague, c.Text
}

func decodeCount(d *decoder, m map[string]any, prefix string) *graph.Count {
	if m[prefix+"Min"] == nil {
		return nil
	}
	return &graph.Count{
		Value: d.int(m, prefix+"Value"), Qualifier: d.str(m, prefix+"Qualifier"), Min: d.int(m, prefix+"Min"),
		Vague: d.bool(m, prefix+"Vague"), Text: d.str(m, prefix+"Text"),
	}
}

func decodeEventFields(d *decoder, m map[string]any) graph.Event {
	return graph.Event{
		Type: graph.EventType(d.str(m, "type")), Name: d.str(m, "name"),
		Date: graph.Date{
			Start: d.str(m, "dateStart"), End: d.str(m, "dateEnd"),
			Precision: graph.Precision(d.str(m, "datePrecision")), Phrase: d.str(m, "datePhrase"),
		},
		LocationID: d.str(m, "locationId"), PerpetratorID: d.str(m, "perpetratorId"),
		ParticipantIDs: d.strs(m, "participantIds"),
		Killed:         decodeCount(d, m, "killed"), Injured: decodeCount(d, m, "injured"),
		Duration: d.str(m, "duration"), Modality: graph.Modality(d.str(m, "modality")),
		Confidence: d.float(m, "confidence"),
	}
}

func decodeEvent(d *decoder, m map[string]any) graph.Event {
	e := decodeEventFields(d, m)
	e.ID, e.Articles = d.str(m, "id"), d.int(m, "articles")
	return e
}

// decodeEventReport reads a REPORTS relationship's properties: the event as
// the article gave it, under the id its extractor gave.
func decodeEventReport(d *decoder, articleID string, m map[string]any) graph.EventReport {
	e := decodeEventFields(d, m)
	e.ID = d.str(m, "statedId")
	r := graph.EventReport{Event: e, ArticleID: articleID}
	sentences, starts, ends := d.strs(m, "sentences"), d.ints(m, "sentenceStarts"), d.ints(m, "sentenceEnds")
	if len(starts) != len(sentences) || len(ends) != len(sentences) {
		d.fail("evidence", m["sentences"], "lists of one length")
		return r
	}
	for i, s := range sentences {
		r.Evidence = append(r.Evidence, graph.Evidence{ArticleID: articleID, Sentence: s, Start: starts[i], End: ends[i]})
	}
	return r
}

// caption is what Neo4j Browser shows on an event (deploy/neo4j/geokg.grass):
// its type and when it happened.
func caption(e graph.Event) string {
	switch {
	case e.Date.IsZero():
		return string(e.Type) + ", undated"
	case e.Date.Precision == graph.Day || e.Date.End == e.Date.Start:
		return string(e.Type) + ", " + e.Date.Start
	}
	return string(e.Type) + ", " + e.Date.Start + "/" + e.Date.End
}

// Roles of the nodes an event involves, on its INVOLVES relationships.
const (
	roleLocation    = "location"
	rolePerpetrator = "perpetrator"
	roleParticipant = "participant"
)

func involves(e graph.Event) []map[string]any {
	out := []map[string]any{}
	add := func(id, role string) {
		if id != "" {
			out = append(out, map[string]any{"id": id, "role": role})
		}
	}
	add(e.LocationID, roleLocation)
	add(e.PerpetratorID, rolePerpetrator)
	for _, p := range e.ParticipantIDs {
		add(p, roleParticipant)
	}
	return out
}

func optional(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// eventFindArgs is an EventFilter checked and with its cursor read.
type eventFindArgs struct {
	types     []string
	from, to  string
	dir       int64
	articleID string
	ids       []string // event_involving_page: the entities asked; event_in_articles_page: the articles
	involving []string // event_find_involving: events must involve one of these
	// event_in_articles_page: whether events must involve one of involving
	byInvolving bool
	page        pageReq
	undated     int64
	day         int64
	id          string
}

// of returns a with the entities or articles asked set.
func (a eventFindArgs) of(ids []string) eventFindArgs { a.ids = ids; return a }

func eventFindParams(a eventFindArgs) map[string]any {
	return a.page.params(map[string]any{
		"types": nonNil(a.types), "from": optional(a.from), "to": optional(a.to), "dir": a.dir,
		"cursorUndated": a.undated, "cursorDay": a.day, "cursorId": a.id,
	})
}

func newEventFind(f graph.EventFilter) (eventFindArgs, error) {
	a := eventFindArgs{from: f.From, to: f.To, articleID: f.ArticleID, dir: 1, types: names(f.Types)}
	if err := graph.ValidateEventFilter(f); err != nil {
		return a, err
	}
	if f.Newest {
		a.dir = -1
	}
	var err error
	a.page, err = readPage(f.Page, "events", &a.undated, &a.day, &a.id)
	return a, err
}

// eventCursor is the sort key event listings page by.
func eventCursor(a eventFindArgs) func(graph.Event) string {
	return func(e graph.Event) string {
		d, ok := keyset.Day(e.Date.Start)
		if !ok {
			return keyset.Encode("events", int64(1), int64(0), e.ID)
		}
		return keyset.Encode("events", int64(0), d*a.dir, e.ID)
	}
}

// decodePage reads a page statement's total and events.
func (a eventFindArgs) decodePage(d *decoder, rec map[string]any) graph.EventPage {
	var pg graph.EventPage
	var items []graph.Event
	for _, m := range d.maps(rec, "events") {
		items = append(items, decodeEvent(d, m))
	}
	pg.Events, pg.PageInfo = keyset.Trim(items, a.page.limit, d.int(rec, "total"), eventCursor(a))
	return pg
}

// Events returns events by id, following merges.
func (s *Store) Events(ctx context.Context, ids []string) (map[string]graph.Event, error) {
	return readBatch(ctx, s, "events", ids, func(ctx context.Context, r runner) (map[string]graph.Event, error) {
		return byID(ctx, r, ids, eventGetStmt, "event", decodeEvent, func(e graph.Event) string { return e.ID }, lookupNodes)
	})
}

// FindEvents pages through events by date, then id. Involving keeps the
// events that involve any of the ids, following merges.
func (s *Store) FindEvents(ctx context.Context, f graph.EventFilter) (graph.EventPage, error) {
	a, err := newEventFind(f)
	if err != nil {
		return graph.EventPage{}, fmt.Errorf("find events: %w", err)
	}
	var pg graph.EventPage
	err = s.read(ctx, func(ctx context.Context, r runner) error {
		st := eventFindStmt
		switch {
		case len(f.Involving) > 0:
			resolved, err := lookupKind(ctx, r, f.Involving, isEntityID)
			if err != nil {
				return err
			}
			if len(resolved) == 0 {
				return nil // nothing involves nodes that do not exist
			}
			a.involving = distinct(resolved)
			st = eventFindInvolvingStmt
		case f.ArticleID != "":
			st = eventFindInArticleStmt
		}
		recs, err := run(ctx, r, st, a)
		if err != nil {
			return err
		}
		pg, err = firstPage(recs, a.decodePage)
		return err
	})
	if err != nil {
		return graph.EventPage{}, fmt.Errorf("find events: %w", err)
	}
	return pg, nil
}

// EventsInvolving pages through, for each entity, the events it took part
// in, perpetrated or hosted.
func (s *Store) EventsInvolving(ctx context.Context, entityIDs []string, f graph.EventFilter) (map[string]graph.EventPage, error) {
	f.Involving = nil
	a, err := newEventFind(f)
	if err != nil {
		return nil, fmt.Errorf("events involving: %w", err)
	}
	return readBatch(ctx, s, "events involving", entityIDs, func(ctx context.Context, r runner) (map[string]graph.EventPage, error) {
		resolved, err := lookupKind(ctx, r, entityIDs, isEntityID)
		if err != nil {
			return nil, err
		}
		return pagesOf(ctx, r, resolved, eventInvolvingPageStmt, a.of, a.decodePage)
	})
}

// EventsInArticles pages through, for each article, the events it
// reports. Involving follows merges.
func (s *Store) EventsInArticles(ctx context.Context, articleIDs []string, f graph.EventFilter) (map[string]graph.EventPage, error) {
	f.ArticleID = ""
	a, err := newEventFind(f)
	if err != nil {
		return nil, fmt.Errorf("events in articles: %w", err)
	}
	if len(articleIDs) == 0 {
		return map[string]graph.EventPage{}, nil
	}
	return readBatch(ctx, s, "events in articles", articleIDs, func(ctx context.Context, r runner) (map[string]graph.EventPage, error) {
		if len(f.Involving) > 0 {
			// Involving nodes that do not exist leaves nothing to list,
			// yet each article still gets its (empty) page.
			resolved, err := lookupKind(ctx, r, f.Involving, isEntityID)
			if err != nil {
				return nil, err
			}
			a.byInvolving, a.involving = true, distinct(resolved)
		}
		recs, err := run(ctx, r, eventInArticlesPageStmt, a.of(articleIDs))
		if err != nil {
			return nil, err
		}
		return decodePages(recs, a.decodePage)
	})
}

type reportPageArgs struct {
	ids       []string
	page      pageReq
	order     int64
	articleID string
	statedID  string
}

// EventReports pages through each event's per-article reports, newest
// article first. Reports read as the event they now belong to: the event
// id and the ids of place, perpetrator and participants follow merges.
func (s *Store) EventReports(ctx context.Context, eventIDs []string, p graph.Page) (map[string]graph.EventReportPage, error) {
	a := reportPageArgs{}
	var err error
	if a.page, err = readPage(p, "reports", &a.order, &a.articleID, &a.statedID); err != nil {
		return nil, fmt.Errorf("event reports: %w", err)
	}
	return readBatch(ctx, s, "event reports", eventIDs, func(ctx context.Context, r runner) (map[string]graph.EventReportPage, error) {
		resolved, err := lookupKind(ctx, r, eventIDs, isEventID)
		if err != nil || len(resolved) == 0 {
			return map[string]graph.EventReportPage{}, err
		}
		a.ids = distinct(resolved)
		recs, err := run(ctx, r, eventReportPageStmt, a)
		if err != nil {
			return nil, err
		}
		pages, err := decodePages(recs, a.decodePage)
		if err != nil {
			return nil, err
		}
		// The reports name places and actors as their articles gave
		// them; they read as the nodes those resolve to now.
		var refs []string
		for _, pg := range pages {
			for _, rep := range pg.Reports {
				refs = append(refs, eventRefs(rep.Event)...)
			}
		}
		res := newResolver(r)
		if err := res.Load(ctx, refs); err != nil {
			return nil, err
		}
		for _, pg := range pages {
			for i := range pg.Reports {
				if err := resolveEventRefs(ctx, res, &pg.Reports[i].Event); err != nil {
					return nil, err
				}
			}
		}
		return byAsked(resolved, pages), nil
	})
}

// decodePage reads one event's page of reports, each under the event's id.
func (a reportPageArgs) decodePage(d *decoder, rec map[string]any) graph.EventReportPage {
	type item struct {
		r         graph.EventReport
		order     int64
		articleID string
		statedID  string
	}
	id := d.str(rec, "id")
	var items []item
	for _, m := range d.maps(rec, "reports") {
		aid := d.str(m, "articleId")
		rep := decodeEventReport(d, aid, d.mapOf(m, "report"))
		it := item{r: rep, order: int64(d.int(m, "pubOrder")), articleID: aid, statedID: rep.Event.ID}
		it.r.Event.ID = id
		items = append(items, it)
	}
	var pg graph.EventReportPage
	pg.Reports, pg.PageInfo = keyset.TrimTo(items, a.page.limit, d.int(rec, "total"), func(x item) string {
		return keyset.Encode("reports", x.order, x.articleID, x.statedID)
	}, func(x item) graph.EventReport { return x.r })
	return pg
}

// eventRefs lists the nodes an event names.
func eventRefs(e graph.Event) []string {
	return append([]string{e.LocationID, e.PerpetratorID}, e.ParticipantIDs...)
}

// resolveEventRefs replaces the nodes e names by the ids they read as.
func resolveEventRefs(ctx context.Context, res *mergechain.Resolver, e *graph.Event) error {
	var err error
	if e.LocationID, err = res.Resolve(ctx, e.LocationID); err != nil {
		return err
	}
	if e.PerpetratorID, err = res.Resolve(ctx, e.PerpetratorID); err != nil {
		return err
	}
	if len(e.ParticipantIDs) > 0 {
		ps := make([]string, len(e.ParticipantIDs))
		for i, p := range e.ParticipantIDs {
			if ps[i], err = res.Resolve(ctx, p); err != nil {
				return err
			}
		}
		e.ParticipantIDs = ps
	}
	return nil
}
