package extract

import "testing"

func TestStoppedCondition(t *testing.T) {
	tests := []claimCase{
		{"attacks that must stop are no condition of their own",
			"Prime Minister Paetongtarn Shinawatra said Thailand was willing to resume talks with the rebels, but only if attacks on villages and police posts stopped.",
			nil, []string{"Meeting event CONDITIONED_ON Attack event asserted", "Paetongtarn Shinawatra DEMANDED Attack event asserted"}},
		{"tariffs lifted past an adverb are no condition either",
			"China said it would close its inquiry into French cognac, but only once the EU tariffs were fully lifted.",
			nil, []string{"China DEMANDED Sanction event asserted"}},
		{"a condition whose event goes ahead stays",
			"Moscow said Russia would resume talks with Ukraine only if the ceasefire agreed in Istanbul held.",
			[]string{"Meeting event CONDITIONED_ON Ceasefire event asserted"}, nil},
	}
	runClaimCases(t, "2026-03-10", tests)
}
