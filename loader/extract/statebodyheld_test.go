package extract

import (
	"slices"
	"testing"
)

func TestStateForceHeld(t *testing.T) {
	tests := []struct {
		name string
		text string
		want string
		body bool
	}{
		{"the object of support is a body", "Kenya has backed the Estonian army in the conflict.", "Organization:Estonian army", true},
		{"a trained force is a body", "Kenya trained the Estonian army for two years.", "Organization:Estonian army", true},
		{"the agent of a passive is a body", "The vote was run by Estonia's military, observers said.", "Organization:Estonian army", true},
		{"a cabinet that holds a meeting is a body", "The Estonian cabinet held a late session in Tallinn.", "Organization:Estonian cabinet", true},
		{"a modifier of another noun is no body", "Kenya backed the Estonian army officers.", "Organization:Estonian army", false},
		{"a cabinet as an adjective is no body", "Estonian cabinet ministers resigned.", "Organization:Estonian cabinet", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := entities(analyse(t, tt.text, "2025-01-01"))
			if has := slices.Contains(got, tt.want); has != tt.body {
				t.Errorf("got %q, want %q present=%v", got, tt.want, tt.body)
			}
		})
	}
}
