package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestPastNamedEvents checks that a trigger noun named by a past year is an
// asserted event of its own, whatever the verb around it says of it since.
func TestPastNamedEvents(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "a year and a modifier before the noun", typ: graph.Agreement, title: "2019 trade deal",
			text: "Canada accused Peru on Tuesday of breaching the 2019 trade deal."},
		{name: "a deal rejected since is still made", typ: graph.Agreement, title: "2012 peace deal",
			text: "Gunmen who rejected the 2012 peace deal stormed a village near Goma on Monday, police said."},
		{name: "a deal under a negation is still made", typ: graph.Agreement, title: "2008 peace deal",
			text: "Chad and Niger have not fought since the 2008 peace deal, the minister said."},
		{name: "a month and year name the protests", typ: graph.Protest, title: "March 2019 protests",
			text: "Crowds filled the square in Tunis on Friday in the largest rally since the March 2019 protests."},
		{name: "a past vote stands on its year", typ: graph.Election, title: "2021 election",
			text: "The party, which lost the 2021 election, called for a boycott on Sunday."},
	})
}

// TestPastNamedKeptApart holds a past event named in passing apart from
// the news: it takes no day, toll or later mention of the day's events.
func TestPastNamedKeptApart(t *testing.T) {
	tests := []struct {
		name, text string
		past       string // the past event's name
		wantMod    graph.Modality
	}{
		{"no day from its sentence",
			"Rebels who rejected the 2014 peace accord attacked a convoy in Kasai on Sunday, killing six soldiers.",
			"2014 peace accord", graph.Asserted},
		{"the day's dead are not the past event's",
			"Police fired on crowds in Lusaka on Tuesday, a year after the 2025 storming of the assembly. Marchers demanded justice for those killed on Tuesday.",
			"2025 storming", graph.Asserted},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2026-01-10").output()
			var found *graph.Event
			for i, r := range g.Events {
				if r.Event.Name == tt.past {
					found = &g.Events[i].Event
				}
			}
			if found == nil {
				var all []string
				for _, r := range g.Events {
					all = append(all, r.Event.Name)
				}
				t.Fatalf("got events %v, want one named %q", all, tt.past)
			}
			if !found.Date.IsZero() {
				t.Errorf("got day %q, want none", found.Date.Day())
			}
			if found.Killed != nil {
				t.Errorf("got killed %v, want none", *found.Killed)
			}
			if found.Modality != tt.wantMod {
				t.Errorf("got modality %s, want %s", found.Modality, tt.wantMod)
			}
		})
	}
}

// TestPastNamedNotNews keeps a year that dates a clause, or the article's
// own year, from making a past event.
func TestPastNamedNotNews(t *testing.T) {
	tests := []struct {
		name, text string
	}{
		{"a year that dates a clause", "In 2019 peace talks collapsed, and the war resumed in Tigray."},
		{"a year after since dates a clause", "Since 2017 protests have been banned in the capital, Minsk."},
		{"the article's own year", "Voters in Malawi will go to the polls in the 2026 general election."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyse(t, tt.text, "2026-01-10")
			for _, m := range d.evs {
				if d.pastMention(m) {
					t.Errorf("got past mention %q (qualifier %q), want none", m.noun, m.qualifier)
				}
			}
		})
	}
}
