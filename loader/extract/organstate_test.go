package extract

import "testing"

func TestVowOfAMinistrySpokesperson(t *testing.T) {
	runClaimCases(t, "2026-05-01", []claimCase{
		{
			"a ministry's spokesman vows for its state, not against it",
			"Norway ordered two Chilean diplomats to leave the country on Monday.\n\nChile's foreign ministry spokesman Pablo Rojas said Santiago would respond in kind.",
			[]string{"Pablo Rojas THREATENED Norway asserted", "Chile THREATENED Norway asserted"},
			[]string{"Pablo Rojas THREATENED Chile asserted"},
		},
		{
			"a demonym before the ministry names its state",
			"Norway expelled two Chilean diplomats on Monday.\n\nChilean foreign ministry spokeswoman Ana Soto called the expulsions unjustified and said Chile would respond.",
			[]string{"Ana Soto THREATENED Norway asserted"},
			[]string{"Ana Soto THREATENED Chile asserted"},
		},
	})
}
