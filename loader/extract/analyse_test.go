package extract

import (
	"context"
	"slices"
	"testing"

	"github.com/geokg/geokg/graph"
)

// analyse runs every pass over text published on pub.
func analyse(t *testing.T, text, pub string) *doc {
	t.Helper()
	l, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	d := newDoc(l, graph.Article{ID: "article:test", Text: text, Published: pub})
	d.run(context.Background())
	return d
}

// entityNamed returns the entity of the article with this type and name.
func (d *doc) entityNamed(typ graph.EntityType, name string) *entity {
	for _, e := range d.ents {
		if e.typ == typ && e.name == name && e.confirmed && len(e.spans) > 0 {
			return e
		}
	}
	return nil
}

// entityNames maps the id of every entity of an article graph to its name.
func entityNames(g graph.ArticleGraph) map[string]string {
	names := make(map[string]string, len(g.Entities))
	for _, r := range g.Entities {
		names[r.Entity.ID] = r.Entity.Name
	}
	return names
}

// eventsOfType counts the events of an article graph with type typ.
func eventsOfType(g graph.ArticleGraph, typ string) int {
	return len(typedEvents(g, graph.EventType(typ)))
}

// docEvents returns the events of an analysed article with type typ, in
// the order coreference made them.
func docEvents(d *doc, typ graph.EventType) []*event {
	var evs []*event
	for _, e := range d.events {
		if e.typ == typ {
			evs = append(evs, e)
		}
	}
	return evs
}

// typedEvents returns the events of an article graph with type typ.
func typedEvents(g graph.ArticleGraph, typ graph.EventType) []graph.Event {
	var evs []graph.Event
	for _, r := range g.Events {
		if r.Event.Type == typ {
			evs = append(evs, r.Event)
		}
	}
	return evs
}

// checkTypedEvents analyses text, published on 2026-01-10, and checks that
// it has want events of type typ, handing each one's participant names to
// check.
func checkTypedEvents(t *testing.T, text, typ string, want int, check func(parts []string)) {
	t.Helper()
	g := analyse(t, text, "2026-01-10").output()
	names := entityNames(g)
	evs := typedEvents(g, graph.EventType(typ))
	for _, e := range evs {
		check(participantNames(e, names))
	}
	if n := len(evs); n != want {
		t.Errorf("got %d %s events, want %d", n, typ, want)
	}
}

// participantNames returns the names of an event's participants.
func participantNames(e graph.Event, names map[string]string) []string {
	var parts []string
	for _, id := range e.ParticipantIDs {
		parts = append(parts, names[id])
	}
	return parts
}

// checkEventArgs reports each wanted participant missing from e and a
// place other than loc (when loc is given); it returns the participants.
func checkEventArgs(t *testing.T, e graph.Event, names map[string]string, want []string, loc string) []string {
	t.Helper()
	parts := participantNames(e, names)
	for _, p := range want {
		if !slices.Contains(parts, p) {
			t.Errorf("got participants %v, want %s among them", parts, p)
		}
	}
	if loc != "" && names[e.LocationID] != loc {
		t.Errorf("got place %q, want %q", names[e.LocationID], loc)
	}
	return parts
}

// formCase wants the entity of type typ named name in text to hold form
// among its written forms, and not absent ("" for either: no check).
type formCase struct {
	name, text, entity string
	typ                graph.EntityType
	form, absent       string
}

// runFormCases checks the written forms of each case's entity as a subtest.
func runFormCases(t *testing.T, cases []formCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			d := analyse(t, tt.text, "2025-01-01")
			e := d.entityNamed(tt.typ, tt.entity)
			if e == nil {
				t.Fatalf("no %s %q among %q", tt.typ, tt.entity, entities(d))
			}
			if tt.form != "" && !slices.Contains(e.forms, tt.form) {
				t.Errorf("forms %q, want %q among them", e.forms, tt.form)
			}
			if tt.absent != "" && slices.Contains(e.forms, tt.absent) {
				t.Errorf("forms %q, want no %q among them", e.forms, tt.absent)
			}
		})
	}
}

// partyCase wants these participants of a text's Other event, or none when want is nil.
type partyCase struct {
	name, text string
	want       []string
}

// runPartyCases checks the Other event of each case as a subtest.
func runPartyCases(t *testing.T, cases []partyCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			checkEventParties(t, tt.text, graph.OtherEvent, tt.want)
		})
	}
}

// checkEventParties extracts text and checks its one event of type typ:
// none at all when want is nil, else one whose participants include every
// name in want.
func checkEventParties(t *testing.T, text string, typ graph.EventType, want []string) {
	t.Helper()
	g := analyse(t, text, "2026-03-01").output()
	names := entityNames(g)
	var got []string
	found := false
	for _, r := range g.Events {
		if r.Event.Type != typ {
			continue
		}
		found = true
		got = participantNames(r.Event, names)
	}
	if want == nil {
		if found {
			t.Errorf("got a %s event with %v, want none", typ, got)
		}
		return
	}
	if !found {
		t.Fatalf("got no %s event, want one with %v", typ, want)
	}
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("participants: got %v, want %s among them", got, w)
		}
	}
}

// checkNoParty fails t when an event of type typ ("" for any type) that
// text tells takes name as a participant.
func checkNoParty(t *testing.T, text, published string, typ graph.EventType, name string) {
	t.Helper()
	g := analyse(t, text, published).output()
	names := entityNames(g)
	for _, r := range g.Events {
		if typ != "" && r.Event.Type != typ {
			continue
		}
		if got := participantNames(r.Event, names); slices.Contains(got, name) {
			t.Errorf("got participants %v of %q, want no %s", got, r.Event.Name, name)
		}
	}
}
