package extract

import "testing"

// TestOpposedPlans covers opposing, vetoing and blocking a plan, deal, truce
// or sanctions, and the objects those verbs take that are no rejection.
func TestOpposedPlans(t *testing.T) {
	tests := []claimCase{
		{"vetoing an agreement rejects it",
			"Poland said on Monday it had vetoed the trade agreement with Chile.",
			[]string{"Poland REJECTED Agreement event asserted"}, nil},
		{"would veto is a rejection only possible",
			"Austria would veto the free trade agreement with Peru, Chancellor Karl Weber said.",
			[]string{"Austria REJECTED Agreement event possible"}, nil},
		{"opposing a plan told before rejects it; its opposer takes no part",
			"Kenya unveiled a peace plan for Sudan on Friday. Egypt opposes the plan.",
			[]string{"Kenya OFFERED Proposal event asserted", "Egypt REJECTED Proposal event asserted"},
			[]string{"Egypt OFFERED Proposal event asserted"}},
		{"blocking a truce rejects it",
			"Chad blocked the ceasefire in Darfur for a week.",
			[]string{"Chad REJECTED Ceasefire event asserted"}, nil},
		{"blocking sanctions keeps them from adoption",
			"The European Union agreed new sanctions on Iran on Monday. Slovakia had blocked the sanctions for three weeks.",
			[]string{"Slovakia REJECTED Sanction event asserted"}, nil},
		{"opposing sanctions in force is no rejection",
			"The United States imposed sanctions on Cuba on Monday. Mexico opposes the sanctions.",
			nil, []string{"Mexico REJECTED Sanction event asserted"}},
		{"a refusal not made states nothing",
			"Greece did not block the peace agreement with Turkey.",
			nil, []string{"Greece REJECTED Agreement event denied", "Greece REJECTED Agreement event asserted"}},
		{"opposing a state is left to rebukes",
			"Serbia opposes Kosovo's bid for membership.",
			nil, []string{"Serbia REJECTED Kosovo asserted"}},
		{"blocking a march rejects nothing",
			"Peru blocked the protest march in Lima on Monday.",
			nil, []string{"Peru REJECTED Protest event asserted"}},
	}
	runClaimCases(t, "2026-03-10", tests)
}
