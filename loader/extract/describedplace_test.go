package extract

import "testing"

// TestDescribedPlace checks that a hyphened describing word before a
// place's name ("oil-rich", "coca-growing") leaves the preposition before
// it placing the event, while a backer glued by a hyphen places nothing.
func TestDescribedPlace(t *testing.T) {
	tests := []claimCase{
		{"a hyphened word before a region leaves the state holding it",
			"Delegates met in Nigeria's oil-rich Delta state on Monday.",
			[]string{"Delta LOCATED_IN Nigeria asserted"}, nil},
		{"an attack told with a hyphened word before its valley happened there",
			"Rebels ambushed a convoy in the coca-growing Apurimac valley on Tuesday, killing six soldiers.",
			[]string{"Attack event OCCURRED_IN Apurimac asserted"}, nil},
		{"a unit of the state named after its describing word lies in the state",
			"Gunmen raided a bar in Ecuador's coastal province of Manabi late on Friday.",
			[]string{"Manabi LOCATED_IN Ecuador asserted"}, nil},
		{"a region whose name starts with a compass word lies in the state",
			"Troops were sent to Cameroon's North-West region after the raid.",
			[]string{"North-West region LOCATED_IN Cameroon asserted"}, nil},
		{"a backer glued to its hyphen is no describing word",
			"Iran-backed Houthis fired a missile at a tanker in the Red Sea on Sunday.",
			nil, []string{"Houthis LOCATED_IN Iran asserted"}},
	}
	runClaimCases(t, "2026-03-18", tests)
}
