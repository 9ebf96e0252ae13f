package extract

import "testing"

func TestUnitCapitalPlaces(t *testing.T) {
	tests := []claimCase{
		{"the state capital named after a comma lies in the state told before",
			"Gunmen killed a mayor in the northern state of Sinaloa on Friday, and hundreds marched in the state capital, Culiacan, on Saturday.",
			[]string{"Culiacan LOCATED_IN Sinaloa asserted"}, nil},
		{"a state capital of another state is not in the region",
			"Gunmen killed a mayor in the northern state of Sinaloa on Friday, and hundreds marched in the state capital, Karachi, on Saturday.",
			nil, []string{"Karachi LOCATED_IN Sinaloa asserted"}},
		{"a town called the provincial capital lies in the province told before",
			"Floods hit villages in Sindh province on Monday. Officials in Sukkur, the provincial capital, said relief was on the way.",
			[]string{"Sukkur LOCATED_IN Sindh asserted"}, nil},
		{"no region told before leaves the town unplaced",
			"Officials in Sukkur, the provincial capital, said relief was on the way, Pakistan said.",
			nil, []string{"Sukkur LOCATED_IN Pakistan asserted"}},
	}
	runClaimCases(t, "2026-01-10", tests)
}
