package extract

import "testing"

func TestSidesOfNamedMeetings(t *testing.T) {
	tests := []claimCase{
		{"a state does not meet the person its visitor met",
			"Chile and Bolivia signed a border accord on Monday during a visit to Santiago by Bolivian President Luis Arce, who held talks with Gabriel Boric.",
			[]string{"Gabriel Boric MET_WITH Luis Arce asserted", "Bolivia MET_WITH Chile asserted"},
			[]string{"Chile MET_WITH Gabriel Boric asserted", "Gabriel Boric MET_WITH Chile asserted"}},
		{"a person who meets an unnamed delegation meets its state",
			"Talks in La Paz between Chilean President Gabriel Boric and a Bolivian delegation ended without a deal.",
			[]string{"Bolivia MET_WITH Gabriel Boric asserted"}, nil},
	}
	runClaimCases(t, "2026-01-10", tests)
}
