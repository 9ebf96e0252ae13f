package extract

import "testing"

func TestTextBodyAsks(t *testing.T) {
	runClaimCases(t, "2025-06-10", []claimCase{
		{"the text a board passed calls on a state",
			"The UN Security Council on Monday passed a resolution censuring Sudan. The text calls on Sudan to allow aid convoys into Darfur.",
			[]string{"UN Security Council DEMANDED Sudan asserted"},
			nil},
		{"a text that says and calls on",
			`The UN Security Council on Monday adopted a resolution on Cyprus. The text says a settlement "remains within reach" and calls on Greece to resume talks.`,
			[]string{"UN Security Council DEMANDED Greece asserted"},
			nil},
		{"a vetoed text asks nothing of the body",
			"Russia vetoed a UN Security Council resolution on Sudan on Monday. The text called on Sudan to allow aid convoys into Darfur.",
			nil,
			[]string{"UN Security Council DEMANDED Sudan asserted"}},
	})
}
