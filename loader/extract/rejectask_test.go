package extract

import "testing"

// TestRejectedAsk covers a rejection of a demand named with its maker or
// as a condition: what was asked is rejected, not who asked.
func TestRejectedAsk(t *testing.T) {
	tests := []claimCase{
		{"a body's call",
			"The African Union called for an immediate ceasefire in Chad. The rebels' council dismissed the African Union call.",
			nil, []string{"rebels' council REJECTED African Union asserted"}},
		{"the call answered by a state",
			"The African Union called for an immediate ceasefire in Chad. Chad dismissed the African Union call.",
			[]string{"Chad REJECTED Ceasefire event asserted"}, []string{"Chad REJECTED African Union asserted"}},
		{"a demonym's demand told as a condition",
			"Bolivia said it was ready to consider a truce, but only if Peruvian troops pull out of the border region. Peru rejected the Bolivian demand.",
			[]string{"Peru REJECTED Other event asserted"}, []string{"Peru REJECTED Bolivia asserted"}},
		{"that condition",
			"Chad said it would accept a truce only if Niger first withdrew its troops from the border. Niger rejected that condition.",
			[]string{"Niger REJECTED Other event asserted"}, nil},
		{"calls naming their object keep it",
			"Peru rejected calls for early elections.",
			[]string{"Peru REJECTED Election event asserted"}, nil},
	}
	runClaimCases(t, "2025-04-16", tests)
}
