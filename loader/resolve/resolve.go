// Package resolve decides, at load time, when what one article names is
// something another article already named: "Putin" and "Vladimir Putin",
// "Zelensky" and "Zelenskyy", two reports of the same strike. Each decision
// becomes a graph.Merge carrying the names compared and the rule that fired,
// which the store applies in the article's own transaction and which an
// analyst can list and undo (`geokg merges`).
//
// The rules are deliberately conservative: a merge happens only when exactly
// one candidate fits. A wrong merge is worse than a missed one, because it
// puts one person's statements in another's mouth.
package resolve

import (
	"context"
	"fmt"
	"strings"

	"github.com/geokg/geokg/graph"
)

// Rule names recorded on merges.
const (
	RuleSurname  = "surname"      // "Putin" ~ the only stored "… Putin"
	RuleFullName = "full-name"    // "Vladimir Putin" absorbs a stored bare "Putin"
	RuleVariant  = "name-variant" // same first and last name, one has more names in between
	RuleSpelling = "spelling"     // same first name, surnames one letter apart: "Zelensky" ~ "Zelenskyy"
	RuleAlias    = "alias"        // the name is an alias another source gave the entity
	RuleEvent    = "same-event"   // same type, compatible date and place, shared actors
)

// Resolver implements loader.Resolver. The zero value is ready to use; it is
// safe for concurrent use because it keeps no state between calls.
type Resolver struct {
	// EventWindowDays is how far apart, in days, two day-precise reports of
	// one event may date it (time zones and late reporting); 0 means 1.
	EventWindowDays int
}

// New returns a resolver with the default rules.
func New() *Resolver { return &Resolver{} }

// Resolve adds to each graph the merges that tie its ids to what the store,
// or an earlier graph of the same batch, already holds.
func (r *Resolver) Resolve(ctx context.Context, s graph.Store, batch []graph.ArticleGraph) ([]graph.ArticleGraph, error) {
	run := &batchRun{
		r: r, s: s, redirect: make(map[string]string), known: make(map[string]bool),
		searches: make(map[string][]graph.Entity), eventSearches: make(map[string][]graph.Event),
	}
	out := make([]graph.ArticleGraph, len(batch))
	for i, g := range batch {
		merges, err := run.article(ctx, g)
		if err != nil {
			return nil, fmt.Errorf("resolve %s: %w", g.Article.ID, err)
		}
		g.Merges = append(append([]graph.Merge(nil), g.Merges...), merges...)
		out[i] = g
		run.remember(g)
	}
	return out, nil
}

// batchRun holds what one Resolve call has learnt: the batch's earlier
// articles (not yet in the store) and a cache of store searches.
type batchRun struct {
	r        *Resolver
	s        graph.Store
	pending  []graph.Entity    // entities of earlier graphs in the batch, merges applied
	redirect map[string]string // merges decided earlier in the batch, and store merges seen
	events   []graph.Event     // events of earlier graphs in the batch
	// known holds the ids that already were nodes when an article naming
	// them was resolved: the store's, and the batch's earlier articles'.
	// Whatever merges concern them were weighed when they, or the names that
	// match them, first arrived, so they are not weighed again.
	known         map[string]bool
	searches      map[string][]graph.Entity
	eventSearches map[string][]graph.Event
	undone        map[string]bool
}

func (b *batchRun) article(ctx context.Context, g graph.ArticleGraph) ([]graph.Merge, error) {
	// An id that already reads as another (merged earlier in the batch or
	// in the store) is settled: merging it again would contradict that.
	canon, err := b.canonical(ctx, g, nil)
	if err != nil {
		return nil, err
	}
	for id, to := range canon {
		if to != id {
			b.redirect[id] = to // so later articles of the batch see it settled too
		}
	}
	var merges []graph.Merge
	decided := make(map[string]string) // extracted id → id it merges into
	for _, rep := range g.Entities {
		e := rep.Entity
		if e.Type == graph.Country || canon[e.ID] != e.ID || b.known[e.ID] {
			continue // ISO codes make country ids canonical; merged and known ids are settled
		}
		m, ok, err := b.entity(ctx, g.Article.ID, e)
		if err != nil {
			return nil, err
		}
		if ok {
			merges = append(merges, m)
			decided[m.FromID] = m.IntoID
		}
	}
	if len(g.Events) == 0 {
		return merges, nil
	}
	if len(decided) > 0 {
		if canon, err = b.canonical(ctx, g, decided); err != nil {
			return nil, err
		}
	}
	settled, err := b.mergedEvents(ctx, g)
	if err != nil {
		return nil, err
	}
	for _, rep := range g.Events {
		if settled[rep.Event.ID] || b.known[rep.Event.ID] {
			continue
		}
		m, ok, err := b.event(ctx, g, rep.Event, canon)
		if err != nil {
			return nil, err
		}
		if ok {
			merges = append(merges, m)
		}
	}
	return merges, nil
}

// mergedEvents returns the event ids of g that already read as another
// event, through a merge earlier in the batch or in the store.
func (b *batchRun) mergedEvents(ctx context.Context, g graph.ArticleGraph) (map[string]bool, error) {
	ids := make([]string, 0, len(g.Events))
	out := make(map[string]bool)
	for _, rep := range g.Events {
		if b.followOne(rep.Event.ID) != rep.Event.ID {
			out[rep.Event.ID] = true
			continue
		}
		ids = append(ids, rep.Event.ID)
	}
	stored, err := b.s.Events(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("events of %s: %w", g.Article.ID, err)
	}
	for asked, ev := range stored {
		if ev.ID != asked {
			out[asked] = true
			b.redirect[asked] = ev.ID
		} else {
			b.known[asked] = true
		}
	}
	return out, nil
}

// remember makes a graph's entities and events candidates for the rest of
// the batch.
func (b *batchRun) remember(g graph.ArticleGraph) {
	for _, m := range g.Merges {
		b.redirect[m.FromID] = m.IntoID
	}
	for _, rep := range g.Entities {
		if _, merged := b.redirect[rep.Entity.ID]; !merged && !b.known[rep.Entity.ID] {
			b.pending = append(b.pending, rep.Entity)
		}
		b.known[rep.Entity.ID] = true
	}
	for _, rep := range g.Events {
		_, merged := b.redirect[rep.Event.ID]
		if merged || b.known[rep.Event.ID] {
			b.known[rep.Event.ID] = true
			continue
		}
		b.known[rep.Event.ID] = true
		ev := rep.Event
		ev.ParticipantIDs = b.follow(ev.ParticipantIDs)
		ev.PerpetratorID = b.followOne(ev.PerpetratorID)
		ev.LocationID = b.followOne(ev.LocationID)
		b.events = append(b.events, ev)
	}
}

func (b *batchRun) followOne(id string) string {
	for i := 0; i < 16 && id != ""; i++ { // merge chains are short; the bound guards a cycle
		next, ok := b.redirect[id]
		if !ok {
			break
		}
		id = next
	}
	return id
}

func (b *batchRun) follow(ids []string) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = b.followOne(id)
	}
	return out
}

// merge builds a merge record unless the analyst already undid the same one:
// a reload must not redo what a person decided was wrong.
func (b *batchRun) merge(ctx context.Context, articleID, from, into, rule string, names ...string) (graph.Merge, bool, error) {
	into = b.followOne(into)
	if from == into || from == "" || into == "" || b.followOne(from) != from {
		return graph.Merge{}, false, nil // settled already, or a cycle
	}
	id := graph.MergeID(from, into)
	undone, err := b.isUndone(ctx, from, id)
	if err != nil || undone {
		return graph.Merge{}, false, err
	}
	return graph.Merge{ID: id, FromID: from, IntoID: into, Names: names, Rule: rule, ArticleID: articleID}, true, nil
}

func (b *batchRun) isUndone(ctx context.Context, from, id string) (bool, error) {
	if b.undone == nil {
		b.undone = make(map[string]bool)
	}
	if v, ok := b.undone[id]; ok {
		return v, nil
	}
	ms, err := graph.AllMerges(ctx, b.s, graph.MergeFilter{NodeID: from, IncludeUndone: true})
	if err != nil {
		return false, fmt.Errorf("merges of %s: %w", from, err)
	}
	undone := false
	for _, m := range ms {
		if m.ID == id && !m.Active() {
			undone = true
		}
	}
	b.undone[id] = undone
	return undone, nil
}

func nameTokens(name string) []string {
	s := graph.Slug(name)
	if s == "" {
		return nil
	}
	return strings.Split(s, "-")
}
