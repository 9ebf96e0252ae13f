package extract

import "testing"

func TestCeasefireNouns(t *testing.T) {
	tests := []claimCase{
		{"a halt to strikes agreed is a ceasefire",
			"Peru and Chile agreed on Monday to a halt to strikes on each other's ports.",
			[]string{"Peru AGREED Ceasefire event asserted", "Chile AGREED Ceasefire event asserted"}, nil},
		{"a moratorium on attacks agreed is a ceasefire",
			"Ghana and Togo agreed to a moratorium on attacks against power plants.",
			[]string{"Ghana AGREED Ceasefire event asserted", "Togo AGREED Ceasefire event asserted"}, nil},
		{"a pause in the fighting agreed is a ceasefire",
			"Ghana and Togo agreed to a pause in the fighting.",
			[]string{"Ghana AGREED Ceasefire event asserted"}, []string{"Ghana PERPETRATED Attack event asserted"}},
		{"strikes alone stay an attack",
			"Peru carried out strikes on Chile's ports on Monday.",
			[]string{"Peru PERPETRATED Attack event asserted"}, []string{"Peru AGREED Ceasefire event asserted"}},
	}
	runClaimCases(t, "2026-01-10", tests)
}
