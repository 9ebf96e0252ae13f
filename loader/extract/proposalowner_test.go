package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestProposalOwner(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "a state's adjective owns the plan it names",
			text: "Algeria criticised a Chilean plan to build a bridge to Peru.",
			typ:  graph.Proposal, title: "Chile", parts: []string{"Chile"}},
		{name: "agreeing at a time told before the infinitive is an agreement",
			text: "The talks were the first since Chile and Peru agreed last year to reopen their consulates.",
			typ:  graph.Agreement, title: "Chile", parts: []string{"Chile", "Peru"}},
		{name: "the two countries that agree are the last pair of states, not of bodies",
			text: "Ghana and Togo met the UN Security Council and the IMF on Monday. The two countries agreed to reopen the border.",
			typ:  graph.Agreement, title: "agreement", parts: []string{"Ghana", "Togo"}},
		{name: "agreeing in a month told before the infinitive",
			text: "Ecuador and Colombia agreed in March to reopen their border crossings.",
			typ:  graph.Agreement, title: "Ecuador", parts: []string{"Ecuador", "Colombia"}},
	})
}

func TestProposalOwnerOffers(t *testing.T) {
	tests := []struct {
		name, text   string
		want, absent []string
	}{
		{"the owner of a rejected proposal offers it, not who rejects it",
			"Algeria rejected the Chilean proposal on Monday.",
			[]string{"Chile OFFERED Proposal event possible", "Algeria REJECTED Proposal event asserted"},
			[]string{"Algeria OFFERED Proposal event possible"}},
		{"a leader's rejected proposal stays the leader's",
			"North Korea rejected Lee Jae-myung's proposal for border talks on Monday.",
			[]string{"Lee Jae-myung OFFERED Proposal event possible"},
			[]string{"North Korea OFFERED Proposal event possible"}},
		{"who rejects an unowned plan does not offer it",
			"Opposition leader Ana Ruiz rejected the plan on Monday.",
			[]string{"Ana Ruiz REJECTED Proposal event asserted"},
			[]string{"Ana Ruiz OFFERED Proposal event possible"}},
		{"a plan a state's adjective names is offered by the state",
			"The talks were strained by a Spanish plan to build a pier near Gibraltar.",
			[]string{"Spain OFFERED Proposal event asserted"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2026-01-10", tt.want, tt.absent)
		})
	}
}

// TestProposalsOfTwoSidesStayApart holds two proposals one sentence gives
// to disjoint parties apart, where coreference would join the second to
// the first as "the proposal" named again.
func TestProposalsOfTwoSidesStayApart(t *testing.T) {
	tests := []struct{ name, text string }{
		{"two adjectives' plans", "Athens unveiled a Greek plan for three marine reserves in the Ionian, while Ankara tabled a Turkish proposal for a joint fisheries commission."},
		{"two states proposing", "Greece proposed two marine parks in the Aegean, while Turkey proposed a joint fisheries commission."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyse(t, tt.text, "2026-01-10")
			var got [][]string
			for _, e := range d.events {
				if e.typ == graph.Proposal {
					var parts []string
					for _, p := range e.parts {
						parts = append(parts, p.name)
					}
					got = append(got, parts)
				}
			}
			if len(got) != 2 {
				t.Errorf("got proposals of %q, want two", got)
			}
		})
	}
}
