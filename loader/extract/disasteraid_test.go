package extract

import "testing"

// TestReliefToStrickenState covers relief with no named recipient in an
// article that opens on a natural disaster: the stricken state is helped.
func TestReliefToStrickenState(t *testing.T) {
	const lede = "A magnitude 7.2 earthquake struck northern Peru on Saturday, killing at least 40 people, officials said. "
	tests := []struct {
		name   string
		text   string
		want   []string
		absent []string
	}{
		{"a sum pledged in relief",
			lede + "Canada pledged $3 million in emergency relief.",
			[]string{"Canada AIDED Peru asserted"}, nil},
		{"help offered by two states is a possible aid from each",
			lede + "Chile and Ecuador have offered help.",
			[]string{"Chile AIDED Peru possible", "Ecuador AIDED Peru possible"}, nil},
		{"a leader's state sends rescuers",
			lede + "Colombian President Ana Ruiz sent a team of rescuers and medics.",
			[]string{"Colombia AIDED Peru asserted"}, nil},
		{"a named recipient is left to the plain aid reading",
			lede + "Canada also sent aid to Bolivia after floods there.",
			[]string{"Canada AIDED Bolivia asserted"}, []string{"Canada AIDED Peru asserted"}},
		{"the stricken state's own relief is no aid between states",
			lede + "Peru released $20 million in emergency funds and sent tents to the region.",
			nil, []string{"Peru AIDED Peru asserted"}},
		{"troops sent are no relief",
			lede + "Canada sent troops.",
			nil, []string{"Canada AIDED Peru asserted"}},
		{"no disaster, no stricken state",
			"Peru and Chile held talks in Lima on Saturday. Canada pledged $3 million in relief.",
			nil, []string{"Canada AIDED Peru asserted", "Canada AIDED Chile asserted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2025-03-10", tt.want, tt.absent)
		})
	}
}
