package extract

import "testing"

func TestLastTwoPersons(t *testing.T) {
	tests := []claimCase{
		{"a guest and host are the two leaders",
			"Chilean President Gabriel Boric agreed on Monday to cut duties on Peruvian grapes after hosting Peruvian President Dina Boluarte in Santiago. The two leaders met for two hours at La Moneda.",
			[]string{"Dina Boluarte PARTICIPATED_IN Meeting event asserted", "Gabriel Boric PARTICIPATED_IN Meeting event asserted"}, nil},
		{"two ministers named apart",
			"Peruvian Foreign Minister Elmer Ruiz arrived in Santiago on Monday, where he was welcomed by Chilean Foreign Minister Rosa Vidal. The two ministers held talks on border trade.",
			[]string{"Elmer Ruiz PARTICIPATED_IN Meeting event asserted", "Rosa Vidal PARTICIPATED_IN Meeting event asserted"}, nil},
		{"three people in reach leave the pair open",
			"Chilean President Gabriel Boric hosted Peruvian President Dina Boluarte in Santiago, his spokesman Carlos Mena said. The two leaders met for two hours.",
			nil, []string{"Carlos Mena PARTICIPATED_IN Meeting event asserted"}},
	}
	runClaimCases(t, "2026-01-10", tests)
}

func TestPairAsksOthers(t *testing.T) {
	checkClaims(t, "Peruvian Foreign Minister Elmer Ruiz met Chilean Foreign Minister Rosa Vidal in Lima on Monday. The two ministers called on Bolivia to return to negotiations on water rights.",
		"2026-01-10", []string{"Elmer Ruiz PARTICIPATED_IN Meeting event asserted"}, []string{"Elmer Ruiz MET_WITH Bolivia asserted", "Bolivia MET_WITH Elmer Ruiz asserted"})
}
