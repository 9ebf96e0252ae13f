package extract

import (
	"slices"
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestHostedTalksRetold(t *testing.T) {
	tests := []struct {
		name, text string
		meetings   int
		parts      []string // who the first meeting must hold
	}{
		{"the sides named after the host",
			"Peru and Chile agreed on Monday to reopen their border following talks hosted by Brazilian President Paulo Duarte. Peruvian President Marco Ruiz and his Chilean counterpart Rosa Vidal met for four hours at a hotel in Brasilia.",
			1, []string{"Paulo Duarte", "Marco Ruiz", "Rosa Vidal"}},
		{"the host meets the sides",
			"The two sides agreed on Monday to swap prisoners, Norwegian Foreign Minister Ola Berg said after hosting talks in Oslo. Berg met Armenian envoy Aram Petrosyan and Azerbaijani envoy Elchin Mammadov at a lodge for five hours.",
			1, []string{"Ola Berg", "Aram Petrosyan", "Elchin Mammadov"}},
		{"talks with no host stay apart from a later meeting",
			"Peruvian President Marco Ruiz held talks with Chilean President Rosa Vidal in Lima on Monday. Ruiz met Bolivian President Luis Arce in La Paz on Friday.",
			2, []string{"Marco Ruiz", "Rosa Vidal"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2026-01-10").output()
			names := entityNames(g)
			var meetings [][]string
			for _, r := range g.Events {
				if r.Event.Type == graph.Meeting {
					meetings = append(meetings, participantNames(r.Event, names))
				}
			}
			if len(meetings) != tt.meetings {
				t.Fatalf("got %d meetings %v, want %d", len(meetings), meetings, tt.meetings)
			}
			for _, p := range tt.parts {
				if !slices.Contains(meetings[0], p) {
					t.Errorf("got parties %v, want %q among them", meetings[0], p)
				}
			}
		})
	}
}
