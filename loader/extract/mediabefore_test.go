package extract

import "testing"

func TestMediumNamedByDescriptorTakesNoPart(t *testing.T) {
	runClaimCases(t, "2026-02-10", []claimCase{
		{name: "a state news agency that reports a meeting",
			text:   "Chilean Foreign Minister Tomas Vidal met President Ilham Sadykov in Baku on Monday, the state news agency Azvest reported.",
			want:   []string{"Tomas Vidal PARTICIPATED_IN Meeting event asserted"},
			absent: []string{"Azvest PARTICIPATED_IN Meeting event asserted"}},
		{name: "a daily that reports talks",
			text:   "Ghana and Togo held talks on border patrols in Lome on Friday, the daily Kofitimes Ledger reported.",
			want:   []string{"Ghana PARTICIPATED_IN Meeting event asserted"},
			absent: []string{"Kofitimes Ledger PARTICIPATED_IN Meeting event asserted"}},
		{name: "a broadcaster that reports a strike",
			text:   "Sudanese army jets bombed a market in Nyala on Sunday, the broadcaster Dabanga Radio said.",
			absent: []string{"Dabanga Radio PARTICIPATED_IN Attack event asserted", "Dabanga Radio PERPETRATED Attack event asserted"}},
	})
}
