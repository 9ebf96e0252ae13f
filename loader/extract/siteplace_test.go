package extract

import "testing"

func TestSitePlaces(t *testing.T) {
	tests := []claimCase{
		{"a site named after its town lies in the region after in",
			"Drones set fire to the Ryazan oil refinery in Russia's Ryazan region on Friday.",
			[]string{"Ryazan LOCATED_IN Ryazan region asserted"}, nil},
		{"a site's town lies in the state after in",
			"Drones set fire to the Saratov oil refinery in southern Russia on Friday.",
			[]string{"Saratov LOCATED_IN Russia asserted"}, nil},
		{"a known place naming a site in a town is not in that town",
			"Shelling cut power to the Zaporizhzhia nuclear power plant in Enerhodar on Monday.",
			nil, []string{"Zaporizhzhia LOCATED_IN Enerhodar asserted"}},
	}
	runClaimCases(t, "2026-01-10", tests)
}

func TestCommaStatePlaces(t *testing.T) {
	tests := []claimCase{
		{"a compass word before the state",
			"The two leaders met in Kanazawa, western Japan, on Friday.",
			[]string{"Kanazawa LOCATED_IN Japan asserted"}, nil},
		{"a hyphened compass word before the state after in",
			"Bandits kidnapped 20 travellers near Malumfashi in north-western Nigeria, police said.",
			[]string{"Malumfashi LOCATED_IN Nigeria asserted"}, nil},
		{"a list of places is no place in a state",
			"The ministers discussed Gaza, Iran and Lebanon on Monday.",
			nil, []string{"Gaza LOCATED_IN Iran asserted"}},
		{"a town the gazetteer puts in another state",
			"Delegations from Kharkiv, Poland and Hungary arrived on Monday.",
			nil, []string{"Kharkiv LOCATED_IN Poland asserted"}},
	}
	runClaimCases(t, "2026-01-10", tests)
}
