package resolve

import (
	"context"
	"fmt"
	"sort"
	"time"

	"github.com/geokg/geokg/graph"
)

// undatedLookbackDays is how far before an article's publication an undated
// report may still be the same event as a dated one: "the strike" in a
// follow-up story, not last year's strike on the same city.
const undatedLookbackDays = 7

// event decides whether ev is an event the store or the batch already holds
// under another id: same type, compatible dates and places, shared actors.
// canon maps the article's entity ids to the ids they read as.
func (b *batchRun) event(ctx context.Context, g graph.ArticleGraph, ev graph.Event, canon map[string]string) (graph.Merge, bool, error) {
	mine := eventShape{
		actors:   canonSet(canon, append(append([]string(nil), ev.ParticipantIDs...), ev.PerpetratorID)),
		location: canon[ev.LocationID],
		date:     ev.Date,
	}
	if len(mine.actors) == 0 && (mine.location == "" || ev.Date.Precision != graph.Day) {
		return graph.Merge{}, false, nil // too little to tell one such event from another
	}
	cands, err := b.eventCandidates(ctx, ev, mine)
	if err != nil {
		return graph.Merge{}, false, err
	}
	var best []graph.Event
	bestScore := 0
	for _, c := range cands {
		if c.ID == ev.ID {
			return graph.Merge{}, false, nil // already one node
		}
		s, ok := b.compatible(mine, c, g.Article.Published)
		switch {
		case !ok:
		case s > bestScore:
			best, bestScore = []graph.Event{c}, s
		case s == bestScore:
			best = append(best, c)
		}
	}
	if len(best) != 1 || bestScore == 0 {
		// Nothing shared: an undated, placeless event with no actors is
		// no evidence of being this one.
		return graph.Merge{}, false, nil
	}
	return b.merge(ctx, g.Article.ID, ev.ID, best[0].ID, RuleEvent, ev.Name, best[0].Name)
}

type eventShape struct {
	actors   map[string]bool
	location string
	date     graph.Date
}

// compatible scores a candidate: two points per shared actor, one for the
// same place, one for the same day. Different places, or dates further apart
// than the window, rule it out.
func (b *batchRun) compatible(mine eventShape, c graph.Event, published string) (int, bool) {
	score := 0
	for _, a := range append(append([]string(nil), c.ParticipantIDs...), c.PerpetratorID) {
		if mine.actors[a] {
			score += 2
		}
	}
	if len(mine.actors) > 0 && score == 0 {
		return 0, false
	}
	switch {
	case mine.location != "" && c.LocationID != "" && mine.location != c.LocationID:
		return 0, false
	case mine.location != "" && mine.location == c.LocationID:
		score++
	}
	switch {
	case !mine.date.IsZero() && !c.Date.IsZero():
		if !overlaps(mine.date, c.Date, b.windowDays()) {
			return 0, false
		}
		if mine.date.Day() != "" && mine.date.Day() == c.Date.Day() {
			score++
		}
	case mine.date.IsZero() && !c.Date.IsZero():
		if !withinLookback(c.Date, published) {
			return 0, false
		}
	default:
		// an undated report on either side may be this one; the actors decide
	}
	return score, true
}

func (b *batchRun) windowDays() int {
	if b.r.EventWindowDays > 0 {
		return b.r.EventWindowDays
	}
	return 1
}

// maxAnchors bounds the store lookups per event: one per actor (and place)
// it names, the first few in id order.
const maxAnchors = 3

// eventCandidates returns stored and pending events of ev's type that
// involve one of its actors or its place. The store's Involving filter
// wants every id it is given, so each anchor is looked up on its own.
func (b *batchRun) eventCandidates(ctx context.Context, ev graph.Event, mine eventShape) ([]graph.Event, error) {
	anchors := sortedSet(mine.actors)
	if mine.location != "" {
		anchors = append([]string{mine.location}, anchors...)
	}
	if len(anchors) > maxAnchors {
		anchors = anchors[:maxAnchors]
	}
	seen := make(map[string]bool)
	var out []graph.Event
	for _, a := range anchors {
		found, err := b.findEvents(ctx, ev.Type, a)
		if err != nil {
			return nil, err
		}
		for _, c := range found {
			if _, merged := b.redirect[c.ID]; merged {
				continue // merged away earlier in this batch
			}
			if !seen[c.ID] {
				seen[c.ID] = true
				out = append(out, c)
			}
		}
	}
	for _, c := range b.events {
		if c.Type == ev.Type {
			out = append(out, c)
		}
	}
	return out, nil
}

// findEvents returns the stored events of type t involving id, once per
// batch.
func (b *batchRun) findEvents(ctx context.Context, t graph.EventType, id string) ([]graph.Event, error) {
	key := string(t) + "\x00" + id
	if evs, ok := b.eventSearches[key]; ok {
		return evs, nil
	}
	f := graph.EventFilter{Types: []graph.EventType{t}, Involving: []string{id}, Newest: true, Page: graph.Page{First: candidateLimit}}
	page, err := b.s.FindEvents(ctx, f)
	if err != nil {
		return nil, fmt.Errorf("find %s events involving %s: %w", t, id, err)
	}
	b.eventSearches[key] = page.Events
	return page.Events, nil
}

// canonical maps every entity id of g to the id it reads as once this
// article's own merges, the batch's and the store's are followed.
func (b *batchRun) canonical(ctx context.Context, g graph.ArticleGraph, decided map[string]string) (map[string]string, error) {
	ids := make([]string, 0, len(g.Entities))
	out := make(map[string]string, len(g.Entities))
	for _, rep := range g.Entities {
		id := rep.Entity.ID
		if into, ok := decided[id]; ok {
			id = into
		}
		out[rep.Entity.ID] = b.followOne(id)
		ids = append(ids, out[rep.Entity.ID])
	}
	stored, err := b.s.Entities(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("entities of %s: %w", g.Article.ID, err)
	}
	for k, v := range out {
		if e, ok := stored[v]; ok {
			out[k] = e.ID
			if e.ID == k {
				b.known[k] = true
			}
		}
	}
	return out, nil
}

func canonSet(canon map[string]string, ids []string) map[string]bool {
	out := make(map[string]bool)
	for _, id := range ids {
		if c := canon[id]; c != "" {
			out[c] = true
		}
	}
	return out
}

func sortedSet(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func overlaps(a, b graph.Date, slackDays int) bool {
	as, ae, ok1 := bounds(a)
	bs, be, ok2 := bounds(b)
	if !ok1 || !ok2 {
		return false
	}
	slack := time.Duration(slackDays) * 24 * time.Hour
	return !as.After(be.Add(slack)) && !bs.After(ae.Add(slack))
}

func withinLookback(d graph.Date, published string) bool {
	p, err := time.Parse(graph.DateLayout, published)
	if err != nil {
		return false
	}
	s, e, ok := bounds(d)
	if !ok {
		return false
	}
	return !e.Before(p.AddDate(0, 0, -undatedLookbackDays)) && !s.After(p)
}

func bounds(d graph.Date) (time.Time, time.Time, bool) {
	s, err1 := time.Parse(graph.DateLayout, d.Start)
	e, err2 := time.Parse(graph.DateLayout, d.End)
	return s, e, err1 == nil && err2 == nil
}
