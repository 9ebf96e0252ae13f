package extract

import (
	"slices"
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestJointStatementParties(t *testing.T) {
	tests := []struct {
		name, text string
		party      string // "" when no statement is wanted
		day        string
	}{
		{"a joint statement after a summit of a body",
			"BRICS foreign ministers met in Cape Town on Monday. A joint statement issued after the meeting rejected export bans.",
			"BRICS", "2026-01-05"},
		{"the leaders' final statement",
			"NATO leaders met in Madrid on Tuesday. The leaders' final statement reaffirmed their commitment to collective defence.",
			"NATO", "2026-01-06"},
		{"a joint declaration is left to the accord rules",
			"NATO leaders met in Madrid on Tuesday. In a joint declaration, the leaders agreed to raise defence spending.",
			"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2026-01-10").output()
			names := entityNames(g)
			for _, r := range g.Events {
				if r.Event.Type != graph.Statement {
					continue
				}
				got := participantNames(r.Event, names)
				if tt.party == "" {
					t.Errorf("got statement of %v, want none", got)
					return
				}
				if !slices.Contains(got, tt.party) {
					t.Errorf("got statement of %v, want %s among them", got, tt.party)
				}
				if r.Event.Date.Start != tt.day {
					t.Errorf("got day %q, want %q", r.Event.Date.Start, tt.day)
				}
				return
			}
			if tt.party != "" {
				t.Errorf("got no statement, want one by %s", tt.party)
			}
		})
	}
}
