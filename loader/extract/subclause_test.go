package extract

import "testing"

func TestSubclauseParties(t *testing.T) {
	runClaimCases(t, "2025-06-10", []claimCase{
		{"the subjects of the main clause are not parties to a call told after 'after'",
			"Chile and Peru on Monday signed a fisheries pact, a day after Chilean President Gabriel Boric and Peruvian President Dina Boluarte spoke by phone.",
			[]string{"Gabriel Boric PARTICIPATED_IN Meeting event asserted"},
			[]string{"Chile PARTICIPATED_IN Meeting event asserted", "Chile MET_WITH Peru asserted"}},
		{"a state acting in a that-clause after the meeting is no party",
			"Chilean President Gabriel Boric met Bolivian President Luis Arce in La Paz on Monday, a day after announcing that Argentina would reopen the border.",
			[]string{"Gabriel Boric MET_WITH Luis Arce asserted"},
			[]string{"Argentina PARTICIPATED_IN Meeting event asserted"}},
		{"a state named with its article in a that-clause is no party",
			"Chilean President Gabriel Boric met Bolivian President Luis Arce in La Paz on Monday, a day after announcing that the Netherlands would fund the new railway.",
			[]string{"Gabriel Boric MET_WITH Luis Arce asserted"},
			[]string{"Netherlands PARTICIPATED_IN Meeting event asserted"}},
		{"a bloc named with its article in an after-clause is no party",
			"Chilean President Gabriel Boric met Bolivian President Luis Arce in La Paz on Monday, a week after the European Union imposed new tariffs on lithium.",
			[]string{"Gabriel Boric MET_WITH Luis Arce asserted"},
			[]string{"European Union PARTICIPATED_IN Meeting event asserted"}},
		{"a group in a since-clause is no party",
			"Chile and Peru signed a trade pact last year. Chilean President Gabriel Boric met Bolivian President Luis Arce in Lima on Monday. The meeting with Arce, their first since the two countries agreed to reopen the border, focused on trade.",
			[]string{"Gabriel Boric PARTICIPATED_IN Meeting event asserted"},
			[]string{"Peru PARTICIPATED_IN Meeting event asserted", "Chile PARTICIPATED_IN Meeting event asserted"}},
		{"the talks that a state hosted keep the host",
			"Chilean President Gabriel Boric met Bolivian President Luis Arce on Monday in talks that Brazil hosted.",
			[]string{"Gabriel Boric MET_WITH Luis Arce asserted"}, nil},
	})
}
