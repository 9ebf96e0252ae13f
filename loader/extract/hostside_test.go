package extract

import "testing"

func TestHostSide(t *testing.T) {
	runClaimCases(t, "2025-06-10", []claimCase{
		{"a chair with no state named sits for the state the meeting is held in",
			"Andean Community foreign ministers met in Lima, Peru, on Monday. Foreign Minister Elmer Schialer, who chaired the meeting, urged closer trade ties. Schialer also held talks with Chilean Foreign Minister Alberto van Klaveren. The meeting with van Klaveren, the first since the two countries agreed in March to reopen the border, covered fishing rights.",
			[]string{"Peru AGREED Agreement event asserted", "Chile AGREED Agreement event asserted"}, nil},
		{"an official who receives a visitor sits for the state visited",
			"Chilean Foreign Minister Alberto van Klaveren arrived in La Paz on Monday for a visit to Bolivia. Van Klaveren held talks with Foreign Minister Celinda Sosa and was later received by President Luis Arce. The two sides agreed to reopen the border crossing at Colchane.",
			[]string{"Chile AGREED Agreement event asserted", "Bolivia AGREED Agreement event asserted"}, nil},
		{"a minister met in a third state's city is not that state's",
			"Chilean Foreign Minister Alberto van Klaveren met Foreign Minister Celinda Sosa in Lima, Peru, on Monday. The two sides agreed to reopen the border crossing at Colchane.",
			nil, []string{"Peru AGREED Agreement event asserted", "Chile AGREED Agreement event asserted"}},
	})
}
