package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestOfferedDeals(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "a deal one side is ready to widen is its proposal",
			text: "Spain said it was ready to expand its trade agreement with Morocco.",
			typ:  graph.Proposal, parts: []string{"Spain", "Morocco"}},
		{name: "a deal one is open to, quoted, is a proposal too",
			text: "Prime Minister Ana Costa said on Friday she would be open to a \"big deal\" with Japan on fisheries.",
			typ:  graph.Proposal, parts: []string{"Ana Costa", "Japan"}},
		{name: "readiness to sign names the deal itself",
			text: "Kenya said it was ready to sign a peace deal with the rebels.",
			typ:  graph.Agreement, parts: []string{"Kenya"}},
	})
}

func TestOfferedDealClaims(t *testing.T) {
	tests := []struct {
		name         string
		text         string
		want, absent []string
	}{
		{name: "the ready side offers the deal, once and as made",
			text:   "Spain said it was ready to expand its trade agreement with Morocco.",
			want:   []string{"Spain OFFERED Proposal event asserted"},
			absent: []string{"Spain OFFERED Proposal event possible", "Spain OFFERED Agreement event asserted"}},
		{name: "a deal signed stays an agreement",
			text: "Kenya and Uganda signed a trade deal on Monday.",
			want: []string{"Kenya AGREED Agreement event asserted", "Uganda AGREED Agreement event asserted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2026-01-10", tt.want, tt.absent)
		})
	}
}
