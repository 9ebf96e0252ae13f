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
		// A definite meeting told through its host after the talks is
		// those talks, so the host joins them.
		{"a closed-door meeting hosted by a third state",
			"Officials from Peru and Chile held border talks in Lima on Monday. The closed-door meeting, hosted by Brazil, lasted five hours.",
			1, []string{"Peru", "Chile", "Brazil"}},
		{"a private meeting hosted by a body",
			"Officials from Peru and Chile held border talks in Lima on Monday. The private meeting, hosted by the Organization of American States, lasted five hours.",
			1, []string{"Peru", "Chile", "Organization of American States"}},
		// "the negotiations" names the talks told before, past a possible
		// round between them.
		{"the negotiations are the talks, past a possible round",
			"Peru and Chile agreed on Monday to reopen their border in talks hosted by Brazil. Chile did not rule out further talks on fishing rights. Brazilian Foreign Minister Paulo Duarte, who hosted the negotiations, praised both sides.",
			2, []string{"Peru", "Chile", "Brazil", "Paulo Duarte"}},
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

func TestOccasionSubjects(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
		absent     []string
	}{
		{"who signs after a meeting took part in it",
			"Peruvian Foreign Minister Ana Soto signed the accord in Lima on Monday after a meeting with Chilean President Rosa Vidal.",
			[]string{"Ana Soto PARTICIPATED_IN Meeting event asserted", "Ana Soto MET_WITH Rosa Vidal asserted"}, nil},
		{"two states agree after days of talks",
			"Peru and Chile agreed on Monday to cut tariffs after three days of talks in Quito.",
			[]string{"Peru PARTICIPATED_IN Meeting event asserted", "Chile PARTICIPATED_IN Meeting event asserted"}, nil},
		{"the subject after a quote",
			"\"We will keep going,\" Peruvian President Marco Ruiz told reporters after the talks with Chilean President Rosa Vidal in Lima.",
			[]string{"Marco Ruiz PARTICIPATED_IN Meeting event asserted"}, nil},
		{"talks that ended are no occasion of the subject's",
			"Russia launched drones at Kyiv hours after talks in Geneva ended on Monday.",
			nil, []string{"Russia PARTICIPATED_IN Meeting event asserted"}},
		{"talks between others",
			"Colombia welcomed the accord after talks between Peru and Chile in Quito.",
			nil, []string{"Colombia PARTICIPATED_IN Meeting event asserted"}},
		{"a visit by someone else",
			"Bolivia freed two prisoners after a visit by the Peruvian Foreign Minister Ana Soto.",
			nil, []string{"Bolivia PARTICIPATED_IN Meeting event asserted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2026-01-10", tt.want, tt.absent)
		})
	}
}
