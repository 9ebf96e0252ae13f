package extract

import "testing"

// TestReadySideMeets covers a state said by its speaker to be open to
// talks with another: the state is a side of the talks, the speaker only
// offers them.
func TestReadySideMeets(t *testing.T) {
	runClaimCases(t, "2026-03-10", []claimCase{
		{"a state open to talks meets the side named after with",
			"Foreign Minister Sergei Lavrov said Russia remained open to a fresh round of talks with Georgia on trade.",
			[]string{"Georgia MET_WITH Russia asserted", "Russia PARTICIPATED_IN Meeting event asserted"},
			[]string{"Georgia MET_WITH Sergei Lavrov asserted"}},
		{"open to talks on a condition keeps the condition",
			"Foreign Minister Sergei Lavrov said Moscow was ready for talks with Tbilisi, but only if Georgia dropped its complaint.",
			[]string{"Georgia MET_WITH Russia conditional"}, nil},
	})
}
