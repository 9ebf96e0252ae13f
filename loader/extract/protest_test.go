package extract

import (
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
)

// eventCase is one expectation on the events of a short text.
type eventCase struct {
	name   string
	text   string
	typ    graph.EventType // the event wanted
	title  string          // a word its name holds
	parts  []string        // names among its participants
	loc    string          // its place's name; "" for any
	date   string          // its day; "" for any
	absent graph.EventType // a type no event of the text may have; "" for none
}

// runEventCases extracts each case's text and checks the event it wants.
func runEventCases(t *testing.T, tests []eventCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyse(t, tt.text, "2026-01-10")
			g := d.output()
			names := entityNames(g)
			var found *graph.Event
			var all []string
			for i, r := range g.Events {
				all = append(all, string(r.Event.Type)+": "+r.Event.Name)
				if r.Event.Type == tt.absent {
					t.Errorf("got a %s event %q, want none", tt.absent, r.Event.Name)
				}
				if found == nil && r.Event.Type == tt.typ && strings.Contains(r.Event.Name, tt.title) {
					found = &g.Events[i].Event
				}
			}
			if found == nil {
				t.Fatalf("got events %v, want a %s named with %q", all, tt.typ, tt.title)
			}
			checkEventArgs(t, *found, names, tt.parts, tt.loc)
			if tt.date != "" && found.Date.Day() != tt.date {
				t.Errorf("got day %q, want %q", found.Date.Day(), tt.date)
			}
		})
	}
}

func TestProtests(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "a march through a city's downtown is placed there",
			text: "Thousands of protesters marched through downtown Quito on Thursday demanding the resignation of the interior minister.",
			typ:  graph.Protest, title: "Quito", loc: "Quito", date: "2026-01-08"},
		{name: "a demanded vote does not take the march's day",
			text: "Thousands of protesters marched through downtown Quito on Thursday demanding new elections.",
			typ:  graph.Protest, title: "protest", loc: "Quito", date: "2026-01-08"},
		{name: "a strike staged by workers is a protest, not an attack",
			text: "The rally in Abuja was called by students and the bus drivers who staged a 24-hour strike in Lagos last month over fuel prices.",
			typ:  graph.Protest, title: "strike", absent: graph.Attack},
		{name: "an indefinite strike placed by its organisers' city",
			text: "Dock workers in Mombasa announced an indefinite strike from Monday over unpaid wages.",
			typ:  graph.Protest, title: "strike", loc: "Mombasa", absent: graph.Attack},
		{name: "workers on strike",
			text: "Nurses at public hospitals in Nairobi went on strike on Tuesday.",
			typ:  graph.Protest, title: "strike", loc: "Nairobi", absent: graph.Attack},
		{name: "a general strike takes the union that called it and the day set for it",
			text: "The UGT has called a general strike for March 3 against the pension reform.",
			typ:  graph.Protest, title: "general strike", parts: []string{"UGT"}, date: "2026-03-03"},
		{name: "an armed strike stays an attack",
			text: "An Israeli strike on a house in Gaza killed four people on Sunday.",
			typ:  graph.Attack, title: "strike", absent: graph.Protest},
		{name: "residents name where they protested",
			text: "Hundreds of residents of Mombasa took to the streets on Sunday to protest against water cuts.",
			typ:  graph.Protest, title: "Mombasa", loc: "Mombasa", date: "2026-01-04"},
		{name: "roads blocked across a country in protest",
			text: "Farmers blocked roads across France on Monday in protest at cheap imports.",
			typ:  graph.Protest, title: "protest", loc: "France", date: "2026-01-05"},
		{name: "a clash told first, then the strike it happened in: one protest",
			text: "Opposition supporters clashed with police in Dhaka on Sunday during a general strike called by the BNP.",
			typ:  graph.Protest, title: "general strike", loc: "Dhaka", date: "2026-01-04", parts: []string{"Bangladesh Nationalist Party"}},
		{name: "a march named by its noun",
			text: "The march in Lyon on Saturday, organised by the Socialist Party, ended peacefully.",
			typ:  graph.Protest, title: "march", loc: "Lyon", parts: []string{"Socialist Party"}},
	})
}

func TestMarchTheMonthIsNoProtest(t *testing.T) {
	d := analyse(t, "In March the central bank raised rates. Talks are due to resume in March.", "2026-01-10")
	for _, r := range d.output().Events {
		if r.Event.Type == graph.Protest {
			t.Errorf("got a protest %q, want none", r.Event.Name)
		}
	}
}

func TestStrikeAndMarchStayApart(t *testing.T) {
	d := analyse(t, "The march in Abuja, called by students and the bus drivers who staged a 24-hour strike in Lagos last month over fuel prices, was the largest this year.", "2026-01-10")
	n := 0
	for _, r := range d.output().Events {
		if r.Event.Type == graph.Protest {
			n++
		}
	}
	if n != 2 {
		t.Errorf("got %d protests, want 2: the march and the strike", n)
	}
}

func TestElections(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "a state holding a vote is its place",
			text: "Chile holds a presidential runoff on December 14.",
			typ:  graph.Election, title: "runoff", loc: "Chile"},
		{name: "a demonym names the state that votes",
			text: "The Bolivian presidential election will be held on August 17.",
			typ:  graph.Election, title: "presidential election", loc: "Bolivia"},
		{name: "a vote told by its yearless day is the nearest such day",
			text: "The opposition party was barred from contesting Bangladesh's February 12 election.",
			typ:  graph.Election, title: "election", date: "2026-02-12"},
	})
}

func TestElectionCommentatorIsNoCandidate(t *testing.T) {
	d := analyse(t, "Prime Minister Ana Ruiz condemned the violence as an attempt to derail the election.", "2026-01-10")
	g := d.output()
	for _, r := range g.Events {
		if r.Event.Type == graph.Election && len(r.Event.ParticipantIDs) > 0 {
			t.Errorf("got participants %v, want none: the speaker only comments on the vote", r.Event.ParticipantIDs)
		}
	}
}
