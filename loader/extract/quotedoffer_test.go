package extract

import (
	"slices"
	"testing"
)

// TestQuotedOffers covers an offer joined by "and" to a clause that ends in
// a quotation: the quotation marks must not hide who offers.
func TestQuotedOffers(t *testing.T) {
	tests := []claimCase{
		{"a call in quotes, then an offer",
			`Finland called on both sides to "show restraint and return to dialogue" and offered to host a second round.`,
			[]string{"Finland OFFERED Proposal event asserted"}, nil},
		{"the comma after the quotation",
			`Norway urged the two governments to "settle their dispute peacefully", and offered to send observers to Tromso.`,
			[]string{"Norway OFFERED Proposal event asserted"}, nil},
		{"the body a chair speaks for takes part",
			`The president of the Nordic Council, Ingrid Solberg, called on the parties to "stop the violence" and offered to send a mediation team.`,
			[]string{"Ingrid Solberg OFFERED Proposal event asserted"}, nil},
		{"a quotation with no joined offer offers nothing",
			`Finland said the talks had been "constructive".`,
			nil, []string{"Finland OFFERED Proposal event asserted"}},
	}
	runClaimCases(t, "2026-03-10", tests)
}

// TestQuotedOfferLeadIn checks that the body named before the subject of a
// quoted call takes part in the offer that follows.
func TestQuotedOfferLeadIn(t *testing.T) {
	d := analyse(t, `The president of the Nordic Council, Ingrid Solberg, called on the parties to "stop the violence" and offered to send a mediation team.`, "2026-03-10")
	g := d.output()
	names := entityNames(g)
	for _, r := range g.Events {
		if r.Event.Type != "Proposal" {
			continue
		}
		got := participantNames(r.Event, names)
		for _, want := range []string{"Nordic Council", "Ingrid Solberg"} {
			if !slices.Contains(got, want) {
				t.Errorf("participants: got %v, want %v among them", got, want)
			}
		}
		return
	}
	t.Errorf("got no Proposal event, want one")
}
