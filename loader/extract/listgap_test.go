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
		{"a list opening a clause after a comma and and",
			`Rebels shelled a market in Goma on Monday. The governor called the attack "a crime against civilians", and Kenya and Uganda condemned it.`,
			[]string{"Kenya CONDEMNED Attack event asserted", "Uganda CONDEMNED Attack event asserted"}, nil},
		{"a list opening a clause after while",
			"Chile and Bolivia backed the border deal, while Peru and Ecuador accused Argentina of closing the border.",
			[]string{"Peru CRITICIZED Argentina asserted", "Ecuador CRITICIZED Argentina asserted"}, nil},
		{"an Oxford comma keeps one list",
			"Chile, Bolivia, and Peru accused Argentina of closing the border.",
			[]string{"Chile CRITICIZED Argentina asserted", "Bolivia CRITICIZED Argentina asserted", "Peru CRITICIZED Argentina asserted"}, nil},
		{"a mission named with its state and seat",
			`Rebels shelled a market in Goma on Monday. The East African Community (EAC) and the US embassy in Kinshasa also condemned the attack.`,
			[]string{"East African Community CONDEMNED Attack event asserted", "US embassy in Kinshasa CONDEMNED Attack event asserted"}, nil},
	}
	runClaimCases(t, "2025-05-20", tests)
}
