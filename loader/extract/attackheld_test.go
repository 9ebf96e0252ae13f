package extract

import "testing"

// TestHeldTarget holds strikes on ground a named side holds: the holder is
// attacked; a holder of prisoners or of a vote is not.
func TestHeldTarget(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
		not  []string
	}{
		{"positions held by a group",
			"The Sudanese army attacked positions held by the Rapid Support Forces near the town of Bara on Saturday.",
			[]string{"Sudanese army ATTACKED Rapid Support Forces asserted"},
			nil},
		{"strikes on positions held by a group",
			"The Malian army launched air strikes on positions held by the Azawad Liberation Front near Kidal on Tuesday.",
			[]string{"Malian army ATTACKED Azawad Liberation Front asserted"},
			nil},
		{"a body controlled by loyalists is struck by no one",
			"The election board, which is controlled by Ortega allies, declared him the victor in Managua.",
			nil,
			[]string{"Nicaragua ATTACKED Daniel Ortega asserted"}},
		{"prisoners held by a group are no ground",
			"Islamic State fighters attacked a convoy near Marib carrying prisoners held by the Houthis.",
			[]string{"Islamic State PERPETRATED Attack event asserted"},
			[]string{"Islamic State ATTACKED Houthis asserted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2025-04-16", tt.want, tt.not)
		})
	}
}
