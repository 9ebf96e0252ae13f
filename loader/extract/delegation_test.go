package extract

import "testing"

func TestDelegationLeaders(t *testing.T) {
	const talks = "Peru and Chile held border talks in Lima on Monday. "
	tests := []struct {
		name, text string
		want       []string
		absent     []string
	}{
		{"who leads a side takes part",
			talks + "Foreign Minister Marco Ruiz led the Peruvian side.",
			[]string{"Marco Ruiz PARTICIPATED_IN Meeting event asserted"}, nil},
		{"who a side is represented by takes part, over a title",
			talks + "Chile was represented by deputy foreign minister Rosa Vidal.",
			[]string{"Rosa Vidal PARTICIPATED_IN Meeting event asserted"}, nil},
		{"a delegation headed by someone",
			talks + "The Chilean delegation was headed by Foreign Minister Rosa Vidal.",
			[]string{"Rosa Vidal PARTICIPATED_IN Meeting event asserted"}, nil},
		{"every person a side is led by takes part",
			talks + "The Peruvian side was led by Foreign Minister Marco Ruiz and trade minister Ana Soto.",
			[]string{"Marco Ruiz PARTICIPATED_IN Meeting event asserted", "Ana Soto PARTICIPATED_IN Meeting event asserted"}, nil},
		{"a team sent and led by someone",
			talks + "Chile sent a team led by deputy foreign minister Rosa Vidal.",
			[]string{"Rosa Vidal PARTICIPATED_IN Meeting event asserted"}, nil},
		{"who leads a side alongside the subject takes part",
			talks + "Marco Ruiz, who led the Peruvian delegation alongside trade minister Ana Soto, spoke to reporters.",
			[]string{"Marco Ruiz PARTICIPATED_IN Meeting event asserted", "Ana Soto PARTICIPATED_IN Meeting event asserted"}, nil},
		{"who represents a state takes part",
			talks + "Chilean Foreign Minister Rosa Vidal represented Santiago.",
			[]string{"Rosa Vidal PARTICIPATED_IN Meeting event asserted"}, nil},
		{"who attended the meeting just told takes part",
			talks + "Peruvian Foreign Minister Marco Ruiz and Chilean Foreign Minister Rosa Vidal attended in person.",
			[]string{"Marco Ruiz PARTICIPATED_IN Meeting event asserted", "Rosa Vidal PARTICIPATED_IN Meeting event asserted"}, nil},
		{"a state represented by an unnamed official takes part",
			"Ministers of the Andean Community met in Lima on Monday. Bolivia was represented by its deputy foreign minister.",
			[]string{"Bolivia PARTICIPATED_IN Meeting event asserted"}, nil},
		{"a rescue team led by someone is no side at talks",
			talks + "Chile sent a rescue team led by Colonel Rosa Vidal.",
			nil, []string{"Rosa Vidal PARTICIPATED_IN Meeting event asserted"}},
		{"a unit led by an officer is no side at talks",
			talks + "An army unit led by Colonel Rosa Vidal seized the airport.",
			nil, []string{"Rosa Vidal PARTICIPATED_IN Meeting event asserted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2026-01-10", tt.want, tt.absent)
		})
	}
}
