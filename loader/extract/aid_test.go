package extract

import "testing"

// TestSupplyAndHelp covers aid told by a supplying verb or a bare "help",
// stances taken by a pair named as "both leaders", and "provided" read as
// a verb rather than as a condition.
func TestSupplyAndHelp(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string
		absent []string
	}{
		{"a state supplies goods to an army",
			"Brazil, which has supplied helicopters and training to the Bolivian army, said it was ready to do more.",
			[]string{"Brazil AIDED Bolivia asserted"}, nil},
		{"a state that has backed a group aids it",
			"Brazil has backed the Popular Front in the border war.",
			[]string{"Brazil AIDED Popular Front asserted"}, nil},
		{"a state that has backed an army named by its demonym aids the army",
			"Peru has backed the Bolivian army in the border war.",
			[]string{"Peru AIDED Bolivian army asserted"}, nil},
		{"a relative clause backer with an adverb",
			"Sudan, which has openly armed the Popular Front, called for calm.",
			[]string{"Sudan AIDED Popular Front asserted"}, nil},
		{"a state's plan backed is no aid to the state",
			"Brazil has backed Chile's proposal for a truce.",
			nil, []string{"Brazil AIDED Chile asserted"}},
		{"a candidate backed is an endorsement",
			"The Labour Party has backed Tom Brennan in the race.",
			nil, []string{"Labour Party AIDED Tom Brennan asserted"}},
		{"a firm that supplies sells",
			"Under the pact, Brazil's Embraer could supply transport aircraft to the Bolivian Air Force.",
			nil, []string{"Embraer AIDED Bolivian Air Force possible", "Embraer AIDED Bolivia possible"}},
		{"help after to takes its actor",
			"Kenyan troops, deployed in 2022 to help Somalia fight the insurgents, said they had pushed them back.",
			[]string{"Kenya AIDED Somalia asserted"}, nil},
		{"help after would is a possible aid",
			"Japan said it would help Vietnam pay for new coast guard ships.",
			[]string{"Japan AIDED Vietnam possible"}, nil},
		{"weapons sent to a group named with the",
			"Venezuela denies supplying weapons to the ELN.",
			[]string{"Venezuela AIDED ELN denied"}, nil},
		{"provided as a verb states no condition",
			"Turkey has provided drones to Ukraine since 2019.",
			[]string{"Turkey AIDED Ukraine asserted"},
			[]string{"Turkey AIDED Ukraine possible"}},
		{"the help of is no verb",
			"With the help of Chad, Niger held the town.",
			nil, []string{"Niger AIDED Chad asserted"}},
		{"both leaders condemn together",
			"Peruvian President Ana Soto met Chilean President Tomas Reyes in Lima on Monday. Both leaders condemned the bombing of a border post in Arica last week.",
			[]string{"Ana Soto CONDEMNED Attack event asserted", "Tomas Reyes CONDEMNED Attack event asserted"}, nil},
		{"the two leaders criticise a third state",
			"Peruvian President Ana Soto and Chilean President Tomas Reyes met in Lima on Monday. The two leaders also criticized Bolivia.",
			[]string{"Ana Soto CRITICIZED Bolivia asserted", "Tomas Reyes CRITICIZED Bolivia asserted"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2026-03-10", tt.want, tt.absent)
		})
	}
}
