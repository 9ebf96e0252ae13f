package extract

import "testing"

// TestRefusedBacking covers a refusal to back a plan told before and a
// rejection of reports, which rejects no actor the report names.
func TestRefusedBacking(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string
		absent []string
	}{
		{"a refusal to back the scheme rejects the plan not agreed",
			"European Union ministers failed on Monday to agree on a plan to send fresh funds to Moldova, after Austria refused to back the scheme.",
			[]string{"Austria REJECTED Proposal event asserted"}, nil},
		{"a plan of its own is no plan told before",
			"European Union ministers failed on Monday to agree on a plan to send fresh funds to Moldova, after Austria refused to back the plan to cut tariffs.",
			nil, []string{"Austria REJECTED Proposal event asserted"}},
		{"rejecting reports rejects no place the report names",
			"The Kenyan government on Monday rejected reports that it was suspending its troop deployment to Haiti.",
			nil, []string{"Kenya REJECTED Haiti asserted"}},
		{"rejecting a state is still read",
			"The Kenyan government on Monday rejected Uganda's demands.",
			[]string{"Kenya REJECTED Uganda asserted"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2025-04-16", tt.want, tt.absent)
		})
	}
}
