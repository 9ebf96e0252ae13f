package extract

import "testing"

func TestMeetingPronoun(t *testing.T) {
	tests := []claimCase{
		{"the speaker's pronoun holds the talks he offers",
			"Chilean President Gabriel Boric said on Monday he was ready to hold talks with Argentine President Javier Milei.",
			[]string{"Gabriel Boric MET_WITH Javier Milei possible", "Gabriel Boric PARTICIPATED_IN Meeting event possible"}, nil},
		{"a visitor's pronoun in a where clause meets the host",
			"Norwegian Prime Minister Jonas Gahr Store began a three-day visit to Tokyo, where he is due to meet Japanese Prime Minister Shigeru Ishiba.",
			[]string{"Jonas Gahr Store MET_WITH Shigeru Ishiba possible"}, nil},
		{"a sentence-opening pronoun is the person of the sentence before",
			"Kenyan President William Ruto arrived in Lima on Monday. On Tuesday he met Peruvian President Dina Boluarte at the palace.",
			[]string{"Dina Boluarte MET_WITH William Ruto asserted", "William Ruto PARTICIPATED_IN Meeting event asserted"}, nil},
		{"the pronoun is the subject before, not the one he met",
			"Chilean President Gabriel Boric met Argentine President Javier Milei on Monday. Later he held talks with Bolivian President Luis Arce.",
			[]string{"Gabriel Boric MET_WITH Luis Arce asserted"}, []string{"Javier Milei MET_WITH Luis Arce asserted"}},
		{"a state's it seeks talks for the state",
			"Chile, the largest copper exporter to Japan, said it would seek talks with Tokyo.",
			[]string{"Chile MET_WITH Japan possible"}, nil},
		{"a pronoun that did not rule out talks is their party",
			"The president told reporters that sanctions could follow, but Chilean President Gabriel Boric said he did not rule out talks with Bolivian President Luis Arce.",
			[]string{"Gabriel Boric MET_WITH Luis Arce possible"}, nil},
		{"a body that will convene a summit takes part in it",
			"The African Union said on Thursday it would convene a crisis summit of its member states in Kigali this month.",
			[]string{"African Union PARTICIPATED_IN Meeting event possible"}, nil},
		{"a pronoun due to attend a summit is the person before",
			"Peruvian President Dina Boluarte left Lima on Friday. She is due to attend a trade summit in Asuncion in March.",
			[]string{"Dina Boluarte PARTICIPATED_IN Meeting event possible"}, nil},
		{"who urged others to talk is no party",
			"Chilean President Gabriel Boric said he had urged Peru and Bolivia to hold talks.",
			nil, []string{"Gabriel Boric MET_WITH Peru possible", "Gabriel Boric PARTICIPATED_IN Meeting event possible"}},
		{"who calls for talks between others is no party",
			"Chilean President Gabriel Boric said he would call for talks between Peru and Bolivia.",
			nil, []string{"Gabriel Boric MET_WITH Peru possible", "Bolivia MET_WITH Gabriel Boric possible"}},
		{"a pronoun inside a quote is not the reporter's",
			"\"He is ready to meet Milei,\" Chilean President Gabriel Boric said of the Bolivian leader.",
			nil, []string{"Gabriel Boric MET_WITH Javier Milei possible"}},
		{"an opening it with no body quoted before is left alone",
			"Chile and Peru signed a trade deal on Monday. On Tuesday it held talks with Bolivia.",
			nil, []string{"Chile MET_WITH Bolivia asserted", "Bolivia MET_WITH Chile asserted", "Peru MET_WITH Bolivia asserted", "Bolivia MET_WITH Peru asserted"}},
	}
	runClaimCases(t, "2026-01-10", tests)
}
