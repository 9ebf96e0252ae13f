package extract

import "testing"

func TestReportingTag(t *testing.T) {
	tests := []claimCase{
		{"officials of a state who close the sentence only report the talks",
			"Chilean President Gabriel Boric met Argentine President Javier Milei in Santiago on Monday, Chilean officials said.",
			[]string{"Gabriel Boric MET_WITH Javier Milei asserted"}, []string{"Chile PARTICIPATED_IN Meeting event"}},
		{"a state's officials who open the sentence still act",
			"Chilean officials said on Monday that Chile would hold talks with Peru in Lima next week.",
			[]string{"Chile PARTICIPATED_IN Meeting event possible"}, nil},
	}
	runClaimCases(t, "2026-01-10", tests)
}
