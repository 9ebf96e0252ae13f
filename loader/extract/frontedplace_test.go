package extract

import "testing"

func TestFrontedPlaces(t *testing.T) {
	tests := []claimCase{
		{"a town of the fronted region lies in it",
			"In the Belgorod region, a drone hit a car near the town of Shebekino, the governor said.",
			[]string{"Shebekino LOCATED_IN Belgorod region asserted"}, nil},
		{"a place after in lies in the fronted region",
			"In the Kherson region, shelling damaged houses in Bilozerka overnight, officials said.",
			[]string{"Bilozerka LOCATED_IN Kherson region asserted"}, nil},
		{"a quarter lies in the fronted town",
			"In Gaza City, an air strike hit a school in the Zeitoun neighbourhood, medics said.",
			[]string{"Zeitoun LOCATED_IN Gaza City asserted"}, nil},
		{"a town after a fronted town is not inside it",
			"In Washington, officials said the strike near Isfahan had not involved US forces.",
			nil, []string{"Isfahan LOCATED_IN Washington asserted"}},
		{"a state's capital is not inside the fronted region",
			"In the Sumy region, two people died, and a power station in Kyiv was hit.",
			nil, []string{"Kyiv LOCATED_IN Sumy region asserted"}},
		{"a place past while is outside the fronted region",
			"In the Donetsk region, three people were wounded, while in Sloviansk a shop burned.",
			nil, []string{"Sloviansk LOCATED_IN Donetsk region asserted"}},
		{"a sentence not opened by a place holds nothing",
			"Officials in the Kherson region said shelling damaged houses in Bilozerka overnight.",
			nil, []string{"Bilozerka LOCATED_IN Kherson region asserted"}},
	}
	runClaimCases(t, "2026-01-10", tests)
}
