package extract

import "testing"

// TestMutualSides keeps the sides of a fight to those who fought: the
// subject and object of "is fighting", not the states that host or broker.
func TestMutualSides(t *testing.T) {
	runClaimCases(t, "2025-06-02", []claimCase{
		{"the subject and object of fighting are its sides",
			"Chad sends soldiers to the Multinational Joint Task Force, which is fighting Boko Haram around the lake.",
			[]string{"Boko Haram PERPETRATED Attack event asserted"},
			[]string{"Chad PERPETRATED Attack event asserted"}},
		{"an army fighting a militia",
			"The Sudanese army has been fighting the Rapid Support Forces for two years.",
			[]string{"Rapid Support Forces PERPETRATED Attack event asserted", "Sudan PERPETRATED Attack event asserted"},
			nil},
		{"the brokers of a truce did not fight",
			"Syrian troops have held the hills since a truce mediated by Qatar and Turkey ended months of fighting last year.",
			nil,
			[]string{"Turkey PERPETRATED Attack event asserted", "Qatar PERPETRATED Attack event asserted"}},
	})
}
