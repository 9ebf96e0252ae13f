package extract

import "testing"

// TestNamedParties holds who takes part in a meeting when the text names
// the parties by a group word, a demonym or a verb of ending.
func TestNamedParties(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
		absent     []string
	}{
		{"demonym negotiators stand for their states",
			"Latvian and Lithuanian negotiators met in Riga on Monday to discuss the pipeline.",
			[]string{"Latvia PARTICIPATED_IN Meeting event asserted", "Lithuania PARTICIPATED_IN Meeting event asserted"}, nil},
		{"delegations that end a round of talks took part in them",
			"Peruvian and Chilean delegations ended a round of talks in Quito on Tuesday without a deal.",
			[]string{"Peru PARTICIPATED_IN Meeting event asserted", "Chile PARTICIPATED_IN Meeting event asserted"}, nil},
		{"a state that ends talks took part in them",
			"Norway ended talks with Iceland over fishing quotas on Friday.",
			[]string{"Norway PARTICIPATED_IN Meeting event asserted", "Iceland PARTICIPATED_IN Meeting event asserted"}, nil},
		{"who speaks at a summit named before attended it, not the state of his title",
			"Baltic leaders opened a two-day summit in Tallinn on Monday. Speaking at the summit, Latvian Prime Minister Ivo Kalns called for more patrols.",
			[]string{"Ivo Kalns PARTICIPATED_IN Meeting event asserted"}, []string{"Latvia PARTICIPATED_IN Meeting event asserted"}},
		{"who addresses a summit takes part in it",
			"Estonian President Mari Tamm addressed the Nordic summit in Bergen by video link on Monday.",
			[]string{"Mari Tamm PARTICIPATED_IN Meeting event asserted"}, nil},
		{"delegations named between the sides of talks stand for their states",
			"Talks between Peruvian and Chilean delegations resumed in Quito on Tuesday.",
			[]string{"Peru PARTICIPATED_IN Meeting event asserted", "Chile PARTICIPATED_IN Meeting event asserted"}, nil},
		{"negotiators met as an object may speak for a body, not a state",
			"The Swiss mediator held talks with Bolivian negotiators in Bern on Monday.",
			nil, []string{"Bolivia PARTICIPATED_IN Meeting event asserted"}},
		{"a demonym before a plain noun stays an adjective",
			"Latvian farmers met in Riga on Monday.",
			nil, []string{"Latvia PARTICIPATED_IN Meeting event asserted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2026-01-10", tt.want, tt.absent)
		})
	}
}
