package extract

import "testing"

// TestUnnamedEnvoyOf checks that a state whose unnamed envoy is met is a
// party to the meeting, but not when the envoy is named or the state owns
// something else.
func TestUnnamedEnvoyOf(t *testing.T) {
	tests := []claimCase{
		{"a state's unnamed ambassador met stands for the state",
			"Chilean Foreign Minister Alberto van Klaveren met China's ambassador in Santiago on Monday.",
			[]string{"China PARTICIPATED_IN Meeting event asserted", "China MET_WITH Alberto van Klaveren asserted"}, nil},
		{"a named ambassador is the party himself",
			"Chilean Foreign Minister Alberto van Klaveren met China's ambassador, Niu Qingbao, in Santiago on Monday.",
			nil, []string{"China PARTICIPATED_IN Meeting event asserted"}},
		{"a state's remarks after a meeting are no party",
			"Chilean Foreign Minister Alberto van Klaveren met Peruvian officials on Monday before China's remarks on copper.",
			nil, []string{"China PARTICIPATED_IN Meeting event asserted"}},
	}
	runClaimCases(t, "2026-01-10", tests)
}
