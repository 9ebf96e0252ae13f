package extract

import "testing"

func TestPairMadeAgreements(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string
		absent []string
	}{
		{"the two countries agreed a truce",
			"Chile and Peru traded fire on Monday. Lima accused Santiago of violating the ceasefire the two countries agreed in Quito in March.",
			[]string{"Chile AGREED Ceasefire event asserted", "Peru AGREED Ceasefire event asserted"}, nil},
		{"a deal the two sides reached, discussed at future talks",
			"Norway and the European Union are at odds over fishing quotas. Officials will review the fisheries agreement that the two sides reached last spring.",
			[]string{"Norway AGREED Agreement event asserted", "European Union AGREED Agreement event asserted"}, nil},
		{"the two leaders name no sides",
			"Chilean President Ana Soto met Peruvian President Luis Vega in Quito on Monday. Both praised the border pact the two leaders signed in March.",
			nil, []string{"Chile AGREED Agreement event asserted"}},
		{"a deal the two sides may sign is not made",
			"Chile and Peru traded fire on Monday. Mediators drafted a ceasefire the two countries could sign next week.",
			nil, []string{"Chile AGREED Ceasefire event asserted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2025-03-12", tt.want, tt.absent)
		})
	}
}
