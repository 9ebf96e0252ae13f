package extract

import "testing"

// TestPassiveSummons covers envoys told as summoned in the passive: the
// envoy (or the state the title names) and the body they are summoned to
// are the summons' sides.
func TestPassiveSummons(t *testing.T) {
	runClaimCases(t, "2026-03-10", []claimCase{
		{"an envoy named by a demonym is summoned to a ministry",
			"The French ambassador was summoned to the Turkish foreign ministry on Monday over the cartoons.",
			[]string{"France PARTICIPATED_IN Meeting event asserted"}, nil},
		{"an envoy named after the title stands for the state",
			"Germany's ambassador, Emmanuel Macron, was summoned on Monday.",
			[]string{"Emmanuel Macron PARTICIPATED_IN Meeting event asserted"},
			[]string{"Germany PARTICIPATED_IN Meeting event asserted"}},
		{"a minister summoned before a committee is no envoy's summons",
			"Lawmakers said Germany's defence minister was summoned before the committee on Monday.",
			nil, []string{"Germany PARTICIPATED_IN Meeting event asserted"}},
	})
}
