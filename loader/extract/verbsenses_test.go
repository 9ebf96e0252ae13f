package extract

import "testing"

// TestVerbSenses covers a call held, not made on anyone, and a blow told by
// a blaming verb.
func TestVerbSenses(t *testing.T) {
	tests := []claimCase{
		{"a phone call on a weekday",
			"Kenyan President William Ruto told Chadian leader Mahamat Deby in a phone call on Sunday that Kenya backed the mediation.",
			nil, []string{"Mahamat Deby DEMANDED Kenya asserted"}},
		{"a call on a party stays an appeal",
			"Kenya on Sunday called on Chad to halt the fighting.",
			[]string{"Kenya DEMANDED Chad asserted"}, nil},
		{"a noun call for a truce stays an appeal",
			"The African Union renewed its call for a ceasefire in Chad.",
			[]string{"African Union DEMANDED Ceasefire event asserted"}, nil},
		{"missiles slamming into a city",
			"A Russian drone slammed into a residential area of the Ukrainian city of Sumy overnight.",
			nil, []string{"Russia CRITICIZED Ukraine asserted"}},
		{"drones slamming into a grid",
			"Russian drones slammed into Ukraine's power grid overnight.",
			nil, []string{"Russia CRITICIZED Ukraine asserted"}},
		{"a state slamming another",
			"Ukraine slammed Russia over the strike on Kharkiv.",
			[]string{"Ukraine CRITICIZED Russia asserted"}, nil},
	}
	runClaimCases(t, "2025-04-16", tests)
}
