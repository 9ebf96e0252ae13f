package extract

import (
	"slices"
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestReception(t *testing.T) {
	tests := []struct {
		name, text string
		parts      []string // the two who met; nil when no meeting is wanted
	}{
		{"a leader receives an envoy",
			"Chilean President Rosa Vidal received Peruvian Foreign Minister Marco Ruiz at the presidential palace on Monday.",
			[]string{"Rosa Vidal", "Marco Ruiz"}},
		{"received in a relative clause",
			"Chilean President Rosa Vidal, who received Peruvian Foreign Minister Marco Ruiz before the signing, praised the accord.",
			[]string{"Rosa Vidal", "Marco Ruiz"}},
		{"the passive voice",
			"Peruvian Foreign Minister Marco Ruiz was received by Chilean President Rosa Vidal.",
			[]string{"Rosa Vidal", "Marco Ruiz"}},
		{"a letter received is no meeting",
			"Chilean President Rosa Vidal received a letter from Peruvian Foreign Minister Marco Ruiz.",
			nil},
		{"a share of the vote received is no meeting",
			"Chilean President Rosa Vidal received 45% of the vote.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2026-01-10").output()
			names := entityNames(g)
			var got []string
			for _, r := range g.Events {
				if r.Event.Type == graph.Meeting {
					got = participantNames(r.Event, names)
				}
			}
			if tt.parts == nil {
				if got != nil {
					t.Errorf("got meeting of %v, want none", got)
				}
				return
			}
			if !slices.Contains(got, tt.parts[0]) || !slices.Contains(got, tt.parts[1]) {
				t.Errorf("got meeting of %v, want %v", got, tt.parts)
			}
		})
	}
}
