package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestRejectedOffers covers a rejection of "the offer" or "the overture"
// that points back at what an earlier offer put forward.
func TestRejectedOffers(t *testing.T) {
	tests := []claimCase{
		{"the overture is the talks offered before",
			"Peruvian President Dina Boluarte said she was ready to hold talks with Chilean President Gabriel Boric. Chilean Foreign Minister Alberto van Klaveren rejected the overture hours later.",
			[]string{"Alberto van Klaveren REJECTED Meeting event asserted"}, nil},
		{"the offer is the talks offered before, and no event of its own",
			"Peruvian President Dina Boluarte said she was ready to hold talks with Chilean President Gabriel Boric. Chilean Foreign Minister Alberto van Klaveren rejected the offer hours later.",
			[]string{"Alberto van Klaveren REJECTED Meeting event asserted"},
			[]string{"Alberto van Klaveren REJECTED Proposal event asserted"}},
		{"a weekday after the proposal is no object of its own",
			"Peruvian President Dina Boluarte offered to hold talks with Chilean President Gabriel Boric. Chile rejected the proposal on Friday.",
			[]string{"Chile REJECTED Meeting event asserted"}, nil},
		{"an offer with its own object points back to nothing",
			"Peruvian President Dina Boluarte offered to hold talks with Chilean President Gabriel Boric. Chile rejected the offer of a border commission.",
			nil, []string{"Chile REJECTED Meeting event asserted"}},
	}
	runClaimCases(t, "2026-03-10", tests)
}

func TestRejectedOfferNoEvent(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "a body and its state that reject the offer make no offer event",
			text: "Peruvian President Dina Boluarte said she was ready to hold talks with Chilean President Gabriel Boric. Chile's Foreign Ministry rejected the offer within hours.",
			typ:  graph.Meeting, title: "talks", absent: graph.Proposal},
	})
}
