package extract

import "testing"

// TestLowerCaseVenueNoun checks that a name followed by a lower-case
// "palace" or "complex" is a venue, and that talks held there took place
// at it.
func TestLowerCaseVenueNoun(t *testing.T) {
	tests := []claimCase{
		{"a palace named with a lower-case noun is where talks were held",
			"The two presidents held talks at the Quinta palace in Lisbon on Monday.",
			[]string{"Meeting event OCCURRED_IN Quinta palace asserted", "Quinta palace LOCATED_IN Lisbon asserted"}, nil},
		{"a government complex named with a lower-case noun is where talks were held",
			"The prime ministers met at the Seri Wangsa complex in Kuala Lumpur on Friday.",
			[]string{"Meeting event OCCURRED_IN Seri Wangsa complex asserted"}, nil},
	}
	runClaimCases(t, "2026-03-18", tests)
}
