package extract

import (
	"slices"
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestCountAnnouncement(t *testing.T) {
	tests := []struct {
		name, text string
		body       string // "" when no statement is wanted
		day        string // "" when the statement stays undated
	}{
		{"a body heading a sentence of seats won gives out the count",
			"The National Electoral Board of Freedonia said on Tuesday that the Unity Party had won 140 of the 200 seats.",
			"National Electoral Board of Freedonia", "2026-01-06"},
		{"a share in percent is a count too; the vote's own day is not the release's",
			"The Central Election Commission said turnout in Sunday's vote reached 61 percent.",
			"Central Election Commission", ""},
		{"the day of the release told a sentence before",
			"Marta Kovac has won the presidential election, according to provisional results released on Friday. " +
				"The Central Election Commission said Kovac won 54% of the vote.",
			"Central Election Commission", "2026-01-09"},
		{"a body named after the figures only sources them",
			"With most ballots counted, Marta Kovac had 54% of votes cast, the Central Election Commission said.",
			"", ""},
		{"what else a body says is no count",
			"The Central Election Commission said ballot papers had been delivered to every district.",
			"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2026-01-10").output()
			names := entityNames(g)
			var found bool
			for _, r := range g.Events {
				if r.Event.Type != graph.Statement || !slices.Contains(participantNames(r.Event, names), tt.body) {
					continue
				}
				found = true
				if day := r.Event.Date.Start; day != tt.day {
					t.Errorf("got release day %q, want %q", day, tt.day)
				}
			}
			if found != (tt.body != "") {
				t.Errorf("got statement by %q %v, want %v", tt.body, found, tt.body != "")
			}
		})
	}
}
