package extract

import "testing"

func TestMeetingSides(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
		absent     []string
	}{
		{"no state meets its own president",
			"Peru and Chile signed a trade accord on Tuesday during a visit to Lima by Chilean President Rosa Vidal, who held talks with Peruvian President Marco Ruiz at the presidential palace.",
			[]string{"Marco Ruiz MET_WITH Rosa Vidal asserted", "Chile MET_WITH Peru asserted"},
			[]string{"Peru MET_WITH Marco Ruiz asserted"}},
		{"a state does not stand in for its president beside him",
			"Peru and Chile signed a trade accord on Tuesday during a visit to Lima by Chilean President Rosa Vidal, who held talks with Peruvian President Marco Ruiz at the presidential palace.",
			nil,
			[]string{"Chile MET_WITH Marco Ruiz asserted"}},
		{"a delegation's head meets for the body he heads",
			"A Taliban delegation led by Abdul Karim Wardak held talks with Qatari officials in Doha on Monday.",
			[]string{"Qatar MET_WITH Taliban asserted", "Abdul Karim Wardak AFFILIATED_WITH Taliban asserted"},
			[]string{"Qatar MET_WITH Abdul Karim Wardak asserted"}},
		{"two leaders still meet each other",
			"Peruvian President Marco Ruiz met Chilean President Rosa Vidal in Lima on Monday.",
			[]string{"Marco Ruiz MET_WITH Rosa Vidal asserted"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2026-01-10", tt.want, tt.absent)
		})
	}
}

func TestArticleBeforeKnownName(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		{"A Taliban delegation arrived in Doha on Monday.", "Taliban"},
		{"A NATO patrol crossed the border on Monday.", "NATO"},
		{"The Taliban said on Monday it would send envoys.", "Taliban"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			d := analyse(t, tt.text, "2026-01-10")
			found := false
			for _, e := range d.ents {
				if e.name == tt.want && e.confirmed {
					found = true
				}
			}
			if !found {
				t.Errorf("got no entity %q in %q, want one", tt.want, tt.text)
			}
		})
	}
}
