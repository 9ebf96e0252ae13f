package extract

import "testing"

func TestConditionThreats(t *testing.T) {
	tests := []struct {
		name, text   string
		want, absent []string
	}{
		{"pronoun condition names the punished side",
			`Finnish Defence Minister Kari Lahti warned on Monday that the Red Dawn Brigade would be crushed if it refused to lay down its arms.`,
			[]string{"Kari Lahti THREATENED Red Dawn Brigade conditional"},
			[]string{"Kari Lahti REJECTED Other event asserted"}},
		{"threat against the country the article is about",
			`Bolivia recalled its ambassador on Tuesday, and Bolivia's president spoke. Chilean President Marta Soler threatened economic measures against the Andean country over the border dispute.`,
			[]string{"Marta Soler THREATENED Bolivia asserted"}, nil},
		{"own side is no target",
			`The European Commission warned that EU subsidies could be suspended if it missed the deadline.`,
			nil, []string{"European Commission THREATENED European Union conditional"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2026-03-10", tt.want, tt.absent)
		})
	}
}
