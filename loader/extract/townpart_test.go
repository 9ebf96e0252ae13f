package extract

import "testing"

func TestTownPartPlaces(t *testing.T) {
	tests := []claimCase{
		{"the city's district lies in the city named before",
			"Drones struck the northern city of Chernihiv overnight. One hit a school in the city's Novozavodskyi district, the mayor said.",
			[]string{"Novozavodskyi district LOCATED_IN Chernihiv asserted"}, nil},
		{"the capital's district lies in the capital named before",
			"A bomb exploded at a market in Nairobi on Friday. Police cordoned off streets in the capital's Eastleigh district.",
			[]string{"Eastleigh district LOCATED_IN Nairobi asserted"}, nil},
		{"a region named in between is passed over",
			"Shelling hit Zaporizhzhia on Monday, the Zaporizhzhia region governor said. A tram depot in the city's Shevchenkivskyi district burned.",
			[]string{"Shevchenkivskyi district LOCATED_IN Zaporizhzhia asserted"},
			[]string{"Shevchenkivskyi district LOCATED_IN Zaporizhzhia region asserted"}},
		{"a place in the capital's district lies in the district",
			"Gunmen attacked a hotel in Mogadishu on Sunday. Later they attacked the Wadajir market in the capital's Hodan district.",
			[]string{"Wadajir market LOCATED_IN Hodan district asserted", "Hodan district LOCATED_IN Mogadishu asserted"}, nil},
		{"no town named before leaves the district unplaced",
			"Ukraine said protesters gathered in the city's Sykhiv district on Sunday.",
			nil, []string{"Sykhiv district LOCATED_IN Ukraine asserted"}},
		{"a town named long before is out of reach",
			"Drones struck the city of Sumy. Officials met on Monday. They talked for hours. Aid was promised. Repairs began in the city's Zarichnyi district.",
			nil, []string{"Zarichnyi district LOCATED_IN Sumy asserted"}},
	}
	runClaimCases(t, "2026-01-10", tests)
}

func TestDemonymCapitalNamed(t *testing.T) {
	tests := []claimCase{
		{"the capital named in apposition lies in the state",
			"Delegates gathered in the Kenyan capital, Nairobi, on Tuesday for the summit.",
			[]string{"Nairobi LOCATED_IN Kenya asserted"}, nil},
		{"the capital named without a comma lies in the state",
			"An earthquake shook buildings in the Peruvian capital Lima on Monday.",
			[]string{"Lima LOCATED_IN Peru asserted"}, nil},
		{"another city after the capital is not it",
			"Talks moved from the Turkish capital, Istanbul and Geneva to Doha.",
			nil, []string{"Istanbul LOCATED_IN Turkey asserted"}},
	}
	runClaimCases(t, "2026-01-10", tests)
}

func TestCapitalInAppositionIsPlace(t *testing.T) {
	d := analyse(t, "Ministers met in the Turkish capital, Ankara, on Wednesday.", "2026-01-10")
	names := entityNames(d.output())
	if got := names["location:ankara"]; got != "Ankara" {
		t.Errorf("got place %q, want Ankara read as the city", got)
	}
}
