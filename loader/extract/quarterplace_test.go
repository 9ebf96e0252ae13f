package extract

import "testing"

func TestQuarterPlaces(t *testing.T) {
	const strike = "Russia launched a missile attack on Odesa overnight, killing three people. "
	tests := []claimCase{
		{"a weapon hit a part of the city",
			strike + "The mayor said a drone hit an office block in the city's Slobidskyi district.",
			[]string{"Attack event OCCURRED_IN Slobidskyi district asserted", "Slobidskyi district LOCATED_IN Odesa asserted"}, nil},
		{"a strike told in the sentence reaches a part of the city",
			"A Russian drone strike hit a market in the city's Prymorskyi district in Odesa on Monday, officials said.",
			[]string{"Attack event OCCURRED_IN Prymorskyi district asserted"}, nil},
		{"a protest in a part of the capital",
			"Thousands of people protested in Lima on Sunday. Protesters marched through the capital's Miraflores district.",
			[]string{"Protest event OCCURRED_IN Miraflores district asserted", "Miraflores district LOCATED_IN Lima asserted"}, nil},
		{"a part of the city with no strike or protest around",
			strike + "The mayor opened a new school in the city's Prymorskyi district.",
			nil, []string{"Attack event OCCURRED_IN Prymorskyi district asserted"}},
	}
	runClaimCases(t, "2026-01-10", tests)
}
