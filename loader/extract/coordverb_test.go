package extract

import "testing"

// TestCoordinatedVerbModality covers a charge joined to a denial or a
// negated clause: the negation stays with its own verb.
func TestCoordinatedVerbModality(t *testing.T) {
	tests := []claimCase{
		{"a denial joined by and",
			"Chad denied the report and accused Sudan of spreading lies.",
			[]string{"Chad CRITICIZED Sudan asserted"}, []string{"Chad CRITICIZED Sudan denied"}},
		{"a participle after a denial",
			"Chad denied any role in the raid, accusing Sudan of staging it.",
			[]string{"Chad CRITICIZED Sudan asserted"}, nil},
		{"no precondition before the charge",
			"Chad said it was ready to return to talks without preconditions and accused Sudan of stalling.",
			[]string{"Chad CRITICIZED Sudan asserted"}, nil},
		{"a charge negated itself",
			"Chad did not accuse Sudan of anything.",
			[]string{"Chad CRITICIZED Sudan denied"}, nil},
	}
	runClaimCases(t, "2025-04-16", tests)
}
