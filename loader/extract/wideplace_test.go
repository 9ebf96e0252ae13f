package extract

import "testing"

func TestHolderPlaceIsNoEventPlace(t *testing.T) {
	tests := []struct {
		name, text   string
		want, absent []string
	}{
		{"a region after a possessive state holds the town",
			"Gunmen attacked a police station near Goz Beida in Chad's Ouaddai region on Sunday, killing four officers.",
			[]string{"Attack event OCCURRED_IN Goz Beida asserted"},
			[]string{"Attack event OCCURRED_IN Ouaddai region asserted"}},
		{"a province set off by a comma holds the town",
			"The army shelled villages around Kalehe, in South Kivu province, on Monday, killing three people.",
			[]string{"Attack event OCCURRED_IN Kalehe asserted"},
			[]string{"Attack event OCCURRED_IN South Kivu asserted"}},
		{"a city after a venue is still a place of the attack",
			"A suicide bomber struck the Amani Hotel in Mogadishu on Sunday, killing nine people.",
			[]string{"Attack event OCCURRED_IN Mogadishu asserted"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2026-01-10", tt.want, tt.absent)
		})
	}
}
