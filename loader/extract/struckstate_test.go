package extract

import "testing"

func TestStruckStatePlaces(t *testing.T) {
	runClaimCases(t, "2026-03-10", []claimCase{
		{"missiles fired at a state are placed in it",
			"Ruritania fired a dozen rockets and drones at Moldova on Monday, officials said.",
			[]string{"Attack event OCCURRED_IN Moldova asserted"}, nil},
		{"strikes on a state's plants are placed in the state",
			"Officials said Ruritanian strikes on Georgia's power plants had cut electricity to thousands.",
			[]string{"Attack event OCCURRED_IN Georgia asserted"}, nil},
		{"an invasion of a state is placed in it",
			"Trade has not recovered since the 2022 invasion of Ukraine by Russia.",
			[]string{"Attack event OCCURRED_IN Ukraine asserted"}, nil},
		{"a town named for the strike wins over the state",
			"Ruritania fired rockets at Moldova's border town of Ungheni on Monday.",
			[]string{"Attack event OCCURRED_IN Ungheni asserted"}, []string{"Attack event OCCURRED_IN Moldova asserted"}},
	})
}
