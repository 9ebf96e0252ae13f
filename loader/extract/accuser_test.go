package extract

import "testing"

// TestAccuserRejected covers a rejection of an accusation when no statement
// carried it: the accusation's maker is what is rejected.
func TestAccuserRejected(t *testing.T) {
	tests := []claimCase{
		{"a state's minister rejects the accusation made against the state",
			"Chilean Foreign Minister Alberto van Klaveren accused Bolivia of blocking the river. Bolivian President Luis Arce rejected the accusation on Friday.",
			[]string{"Luis Arce REJECTED Alberto van Klaveren asserted"}, nil},
		{"a ministry named after its state rejects the accusation",
			"Hungarian Prime Minister Viktor Orban accused Romania of harassing its minority. The Romanian Foreign Ministry rejected the accusations.",
			[]string{"Romanian Foreign Ministry REJECTED Viktor Orban asserted"}, nil},
		{"a claim phrase of its own names no accuser",
			"Hungarian Prime Minister Viktor Orban accused Romania of harassing its minority. The Romanian Foreign Ministry rejected the claim that it had closed schools.",
			nil, []string{"Romanian Foreign Ministry REJECTED Viktor Orban asserted"}},
		{"an accusation aimed at someone else is not the one rejected",
			"Hungarian Prime Minister Viktor Orban accused Slovakia of harassing its minority. The Romanian Foreign Ministry rejected the accusation.",
			nil, []string{"Romanian Foreign Ministry REJECTED Viktor Orban asserted"}},
	}
	runClaimCases(t, "2025-04-16", tests)
}
