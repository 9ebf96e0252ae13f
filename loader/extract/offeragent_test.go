package extract

import "testing"

// TestOfferAgents covers offers and proposals whose makers the noun phrase
// names after "from" or "by", not the clause's subject who rejects them.
func TestOfferAgents(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string
		absent []string
	}{
		{"offers of talks from a capital are that state's",
			"Hanoi has rejected repeated offers of talks from Manila since March.",
			[]string{"Philippines OFFERED Meeting event asserted"},
			[]string{"Vietnam OFFERED Meeting event asserted", "Vietnam OFFERED Meeting event possible"}},
		{"a proposal by two states is offered by both",
			"Sudan's army rejected a proposal by Peru and Chile for a month-long truce.",
			[]string{"Peru OFFERED Proposal event possible", "Chile OFFERED Proposal event possible"},
			[]string{"Sudanese army OFFERED Proposal event possible"}},
		{"a verb of offering keeps its subject",
			"Japan offers talks to Peru on fishing quotas.",
			[]string{"Japan OFFERED Meeting event asserted"}, nil},
		{"a withdrawal from a state names no proposer",
			"Israel rejected a plan for a withdrawal from Lebanon.",
			nil,
			[]string{"Lebanon OFFERED Proposal event possible"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2026-03-10", tt.want, tt.absent)
		})
	}
}
