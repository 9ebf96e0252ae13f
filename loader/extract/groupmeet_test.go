package extract

import "testing"

func TestGroupPhraseSides(t *testing.T) {
	runClaimCases(t, "2026-02-10", []claimCase{
		{name: "the two militaries meet: the states told just before",
			text: "Chile's navy chief warned Peru on Monday over the fishing dispute. Chilean Defence Minister Rosa Vidal proposed last week that the two militaries meet in Arica to settle the line.",
			want: []string{"Chile MET_WITH Peru possible", "Chile PARTICIPATED_IN Meeting event possible", "Peru PARTICIPATED_IN Meeting event possible"}},
		{name: "talks between the two sides of a war, beside their brokers",
			text: "Ethiopia's war with Eritrea broke out in 1998. Kenya and Ghana-brokered talks between the two sides in Accra collapsed last year.",
			want: []string{"Ethiopia PARTICIPATED_IN Meeting event asserted", "Eritrea PARTICIPATED_IN Meeting event asserted",
				"Kenya PARTICIPATED_IN Meeting event asserted", "Ghana PARTICIPATED_IN Meeting event asserted"},
			absent: []string{"Ghana MET_WITH Kenya asserted", "Kenya MET_WITH Ghana asserted"}},
		{name: "mediators urge both sides: not themselves",
			text:   "Israeli strikes hit Gaza on Sunday, killing 20 people, Hamas said. Israel accused Hamas of breaking the truce. Kenya and Ghana urged both sides to show restraint.",
			want:   []string{"Kenya DEMANDED Israel asserted", "Kenya DEMANDED Hamas asserted", "Ghana DEMANDED Israel asserted", "Ghana DEMANDED Hamas asserted"},
			absent: []string{"Kenya DEMANDED Ghana asserted", "Ghana DEMANDED Kenya asserted"}},
		{name: "the two sides after envoys with possessive titles",
			text: "Kenya's Foreign Minister Musalia Mudavadi arrived in Addis Ababa on Monday. Mudavadi held talks with Ethiopia's foreign minister, Gedion Timothewos. The two sides agreed to reopen the border crossing at Moyale.",
			want: []string{"Kenya AGREED Agreement event asserted", "Ethiopia AGREED Agreement event asserted"}},
	})
}

func TestPairPhraseUnresolved(t *testing.T) {
	// Without a pair, a war or a meeting of the phrase's own, nothing is
	// guessed for it.
	runClaimCases(t, "2026-02-10", []claimCase{
		{name: "urged both sides with no pair told",
			text:   "Kenya urged both sides to show restraint on Monday.",
			absent: []string{"Kenya DEMANDED Kenya asserted"}},
		{name: "brokers of the talks are not the two sides",
			text:   "Kenya and Ghana-brokered talks between the two sides in Accra collapsed last year.",
			absent: []string{"Ghana MET_WITH Kenya asserted", "Kenya MET_WITH Ghana asserted"}},
	})
}
