package extract

import "testing"

// TestWhereBefore holds acts told in a ", where" clause: the place before
// it is where they happened, also when a unit noun ("area", "district")
// follows the name.
func TestWhereBefore(t *testing.T) {
	runClaimCases(t, "2025-06-12", []claimCase{
		{"a place named alone",
			"Troops were sent to Kidal, where fighting killed at least 12 people last week.",
			[]string{"Attack event OCCURRED_IN Kidal asserted"}, nil},
		{"a place with its unit noun",
			"Troops were sent to the Kidal area, where fighting killed at least 12 people last week.",
			[]string{"Attack event OCCURRED_IN Kidal asserted"}, nil},
	})
}
