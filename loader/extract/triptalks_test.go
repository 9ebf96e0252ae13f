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
	})
}
