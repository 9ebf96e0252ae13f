package extract

import "testing"

// TestListSubjectGap covers a joint subject kept apart from its verb by a
// day, "both", ", however,", an aside or an acronym in brackets.
func TestListSubjectGap(t *testing.T) {
	tests := []claimCase{
		{"a day between list and verb",
			"Chile and Bolivia on Friday accused Peru of closing the border.",
			[]string{"Chile CRITICIZED Peru asserted", "Bolivia CRITICIZED Peru asserted"}, nil},
		{"both",
			"Chile and Bolivia both accused Peru of closing the border.",
			[]string{"Chile CRITICIZED Peru asserted", "Bolivia CRITICIZED Peru asserted"}, nil},
		{"a relative clause",
			"Chile and Bolivia, which share a long border with Peru, accused Peru of closing it.",
			[]string{"Chile CRITICIZED Peru asserted", "Bolivia CRITICIZED Peru asserted"}, nil},
		{"however",
			"Chile and Bolivia, however, accused Peru of closing the border.",
			[]string{"Chile CRITICIZED Peru asserted", "Bolivia CRITICIZED Peru asserted"}, nil},
		{"a possessive aside",
			"Chile and Bolivia, Peru's neighbours, accused Peru of closing the border.",
			[]string{"Chile CRITICIZED Peru asserted", "Bolivia CRITICIZED Peru asserted"}, nil},
		{"an opening phrase",
			"In a joint letter, Chile and Bolivia accused Peru of closing the border.",
			[]string{"Chile CRITICIZED Peru asserted", "Bolivia CRITICIZED Peru asserted"}, nil},
		{"an acronym in brackets",
			"The Andean Community (CAN) and Bolivia accused Peru of closing the border.",
			[]string{"Andean Community CRITICIZED Peru asserted", "Bolivia CRITICIZED Peru asserted"}, nil},
		{"an opening phrase naming a party is not the list",
			"After talks with Argentina, Chile and Bolivia accused Peru of closing the border.",
			nil, []string{"Argentina CRITICIZED Peru asserted"}},
	}
	runClaimCases(t, "2025-05-20", tests)
}
