package extract

import "testing"

func TestStateCapitalAfterComma(t *testing.T) {
	tests := []claimCase{
		{"the capital named after a comma lies in the state",
			"Thousands of people rallied in Chile's capital, Santiago, on Sunday.",
			[]string{"Santiago LOCATED_IN Chile asserted"}, nil},
		{"the capital named without a comma still lies in the state",
			"Thousands of people rallied in Chile's capital Santiago on Sunday.",
			[]string{"Santiago LOCATED_IN Chile asserted"}, nil},
	}
	runClaimCases(t, "2026-01-10", tests)
}
