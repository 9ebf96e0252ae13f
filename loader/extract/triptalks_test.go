package extract

import "testing"

// TestTripTalks covers a traveller who goes somewhere for talks with
// others: they are a side of the talks, which are possible while the trip
// is ahead, and meet only the side named after "with".
func TestTripTalks(t *testing.T) {
	runClaimCases(t, "2026-03-10", []claimCase{
		{"an envoy due in a capital for talks meets its officials",
			"UN envoy Hans Grundberg is due in Muscat next week for talks with Omani officials, a spokesman said.",
			[]string{"Hans Grundberg PARTICIPATED_IN Meeting event possible", "Oman MET_WITH Hans Grundberg possible"}, nil},
		{"a pronoun traveller is the person named before",
			"Emmanuel Macron addressed parliament on Monday. He is due to travel to Rabat on Friday for talks with Moroccan officials.",
			[]string{"Morocco MET_WITH Emmanuel Macron possible"}, nil},
		{"the talks' topic names no side met",
			"Emmanuel Macron is due to travel to Rabat on Friday for talks with Moroccan officials on the border between Algeria and Morocco.",
			[]string{"Morocco MET_WITH Emmanuel Macron possible"}, []string{"Algeria MET_WITH Emmanuel Macron possible", "Emmanuel Macron MET_WITH Algeria possible"}},
		{"a pronoun before a trip's verb takes part in the talks it is for",
			"Chilean President Gabriel Boric left Santiago on Monday. He will fly to Lima on Thursday for talks with Peruvian President Dina Boluarte.",
			[]string{"Gabriel Boric PARTICIPATED_IN Meeting event possible", "Dina Boluarte MET_WITH Gabriel Boric possible"}, nil},
		{"a name due in a city takes part in the talks it is for, still to come",
			"Chilean Foreign Minister Alberto van Klaveren is due in Cairo later this week for talks with Egyptian officials.",
			[]string{"Egypt MET_WITH Alberto van Klaveren possible", "Alberto van Klaveren PARTICIPATED_IN Meeting event possible"},
			[]string{"Egypt MET_WITH Alberto van Klaveren asserted"}},
		{"a traveller to a body's meeting joins it but does not meet the body",
			"Chilean Foreign Minister Alberto van Klaveren left Santiago on Monday. He travels to Geneva on Tuesday for a meeting of WTO trade ministers.",
			[]string{"Alberto van Klaveren PARTICIPATED_IN Meeting event asserted"}, []string{"Alberto van Klaveren MET_WITH World Trade Organization asserted"}},
		{"a trip with another errand between is no trip to the talks",
			"Chilean President Gabriel Boric left Santiago on Monday. He will fly to Lima and sign a trade deal before talks with Peruvian President Dina Boluarte.",
			nil, []string{"Dina Boluarte MET_WITH Gabriel Boric possible"}},
	})
}
