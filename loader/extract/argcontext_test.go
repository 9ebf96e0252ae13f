package extract

import "testing"

// TestWhereBefore holds acts told in a ", where" clause: the place before
// it is where they happened, also when a unit noun ("area", "district")
// follows the name.
func TestWhereBefore(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"a place named alone",
			"Troops were sent to Kidal, where fighting killed at least 12 people last week.",
			[]string{"Attack event OCCURRED_IN Kidal asserted"}},
		{"a place with its unit noun",
			"Troops were sent to the Kidal area, where fighting killed at least 12 people last week.",
			[]string{"Attack event OCCURRED_IN Kidal asserted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2025-06-12", tt.want, nil)
		})
	}
}
