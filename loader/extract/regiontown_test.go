package extract

import "testing"

func TestRegionTownAt(t *testing.T) {
	tests := []claimCase{
		{"a state's area qualifying a city holds it",
			"Troops raided a clinic in the occupied West Bank town of Tubas on Monday.",
			[]string{"Tubas LOCATED_IN West Bank asserted"},
			[]string{"West Bank LOCATED_IN Tubas asserted"}},
		{"a state's region qualifying a town holds it",
			"Shelling hit a school in the Tigray town of Adigrat on Friday, residents said.",
			[]string{"Adigrat LOCATED_IN Tigray asserted"},
			[]string{"Tigray LOCATED_IN Adigrat asserted"}},
		{"a sea names the port's shore, not what holds it",
			"A tanker docked at the Black Sea port of Batumi on Sunday.",
			nil, []string{"Batumi LOCATED_IN Black Sea asserted"}},
	}
	runClaimCases(t, "2026-01-10", tests)
}
