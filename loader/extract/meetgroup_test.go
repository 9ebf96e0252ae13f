package extract

import (
	"slices"
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestMeetGroupSubject(t *testing.T) {
	tests := []struct {
		name, text string
		parts      []string // the parties of the meeting to come; nil when none is wanted
		mod        graph.Modality
	}{
		{"a pair that agreed to meet",
			"Chilean President Rosa Vidal and Peruvian President Marco Ruiz agreed to meet in March.",
			[]string{"Rosa Vidal", "Marco Ruiz"}, graph.Possible},
		{"a group phrase standing for the pair named before",
			"Chile and Peru signed a fishing accord on Monday. Both sides agreed to meet again in June.",
			[]string{"Chile", "Peru"}, graph.Possible},
		{"a meeting held is no plan",
			"Chilean President Rosa Vidal met Peruvian President Marco Ruiz in Lima on Monday.",
			[]string{"Rosa Vidal", "Marco Ruiz"}, graph.Asserted},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2026-01-10").output()
			names := entityNames(g)
			for _, r := range g.Events {
				if r.Event.Type != graph.Meeting {
					continue
				}
				got := participantNames(r.Event, names)
				if !slices.Contains(got, tt.parts[0]) || !slices.Contains(got, tt.parts[1]) {
					continue
				}
				if r.Event.Modality != tt.mod {
					t.Errorf("got modality %v, want %v", r.Event.Modality, tt.mod)
				}
				return
			}
			t.Errorf("got no meeting of %v, want one", tt.parts)
		})
	}
}
