package extract

import "testing"

// TestPeaceDoubt covers a speaker charging a party with not wanting peace,
// in a quote, in reported speech and through a capital or its regime.
func TestPeaceDoubt(t *testing.T) {
	tests := []claimCase{
		{"quoted charge with a pronoun speaker",
			"Foreign Minister Lena Hartwig visited the front on Sunday. \"Tehran is not serious about a truce,\" she told reporters.",
			[]string{"Lena Hartwig CRITICIZED Iran asserted"}, nil},
		{"reported speech through a capital",
			"Armenia and Azerbaijan traded fire overnight. Armenian Prime Minister Nikol Pashinyan said the shelling showed that Baku was \"not seeking peace\".",
			[]string{"Nikol Pashinyan CRITICIZED Azerbaijan asserted"}, nil},
		{"a regime noun after the capital",
			"Serbia and Kosovo exchanged accusations. Serbian President Aleksandar Vucic said the Pristina authorities had no interest in dialogue.",
			[]string{"Aleksandar Vucic CRITICIZED Kosovo asserted"}, nil},
		{"interest in something else is no charge",
			"\"Canada is not interested in a merger,\" Prime Minister Mark Carney said.",
			nil, []string{"Mark Carney CRITICIZED Canada asserted"}},
	}
	runClaimCases(t, "2025-04-16", tests)
}
