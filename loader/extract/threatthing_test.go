package extract

import "testing"

func TestThingThreatens(t *testing.T) {
	tests := []struct {
		text   string
		want   []string
		absent []string
	}{
		{"Greek Foreign Minister Nikos Dendias said the pact \"threatens Greece's security\".", nil,
			[]string{"Nikos Dendias THREATENED Greece asserted"}},
		{"Greece said the move threatens Cyprus.", nil, []string{"Greece THREATENED Cyprus asserted"}},
		{"Russia threatened Moldova on Monday.", []string{"Russia THREATENED Moldova asserted"}, nil},
		// a modal, and a name closing the thing's phrase, stand between the thing and the verb
		{"Estonia said a blockade of Latvia could threaten Lithuania.", nil,
			[]string{"Estonia THREATENED Lithuania possible", "Estonia THREATENED Lithuania asserted"}},
		{"Chilean President Ana Morales said the plan would threaten Bolivia.", nil,
			[]string{"Ana Morales THREATENED Bolivia possible", "Ana Morales THREATENED Bolivia asserted"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			checkClaims(t, tt.text, "2025-03-01", tt.want, tt.absent)
		})
	}
}
