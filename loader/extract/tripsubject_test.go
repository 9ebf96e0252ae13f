package extract

import "testing"

func TestTripSubject(t *testing.T) {
	tests := []claimCase{
		{"a pronoun before a trip's verb takes part in the talks it is for",
			"Chilean President Gabriel Boric left Santiago on Monday. He will fly to Lima on Thursday for talks with Peruvian President Dina Boluarte.",
			[]string{"Gabriel Boric PARTICIPATED_IN Meeting event possible", "Dina Boluarte MET_WITH Gabriel Boric possible"}, nil},
		{"a name due in a city takes part in the talks it is for",
			"Chilean Foreign Minister Alberto van Klaveren is due in Cairo later this week for talks with Egyptian officials.",
			[]string{"Egypt MET_WITH Alberto van Klaveren asserted"}, nil},
		{"a traveller to a body's meeting joins it but does not meet the body",
			"Chilean Foreign Minister Alberto van Klaveren left Santiago on Monday. He travels to Geneva on Tuesday for a meeting of WTO trade ministers.",
			[]string{"Alberto van Klaveren PARTICIPATED_IN Meeting event asserted"}, []string{"Alberto van Klaveren MET_WITH World Trade Organization asserted"}},
		{"a trip with another errand between is no trip to the talks",
			"Chilean President Gabriel Boric left Santiago on Monday. He will fly to Lima and sign a trade deal before talks with Peruvian President Dina Boluarte.",
			nil, []string{"Dina Boluarte MET_WITH Gabriel Boric possible"}},
	}
	runClaimCases(t, "2026-01-10", tests)
}
