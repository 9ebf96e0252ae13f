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
		{"an embassy's seat is not where its statement was made",
			"Russia's embassy in Chile criticized the sanctions in a statement on Monday.",
			nil, []string{"Statement event OCCURRED_IN Chile asserted"}},
		{"talks set after a body are still placed",
			"Talks between the government and the M23 in Doha resumed on Monday.",
			[]string{"Meeting event OCCURRED_IN Doha asserted"}, nil},
		{"a town told by one mention outweighs its state told by another",
			"Police in Peru fired tear gas on Thursday at protesters who marched on the Congress building in Lima.",
			[]string{"Protest event OCCURRED_IN Lima asserted"},
			[]string{"Protest event OCCURRED_IN Peru asserted"}},
		{"police in a state act in it",
			"Police in Peru fired tear gas on Thursday to disperse thousands of protesters.",
			[]string{"Protest event OCCURRED_IN Peru asserted"}, nil},
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

func TestPlaceHolders(t *testing.T) {
	tests := []struct {
		name, text   string
		want, absent []string
	}{
		{"a holder named with a compass word is read whole",
			"Rebels attacked Kalehe, in South Kivu, on Monday.",
			[]string{"Kalehe LOCATED_IN South Kivu asserted"}, nil},
		{"a region past a possessive state and an adjective holds the town",
			"Rebels killed six villagers near Beni in Congo's northern North Kivu province on Friday.",
			[]string{"Beni LOCATED_IN North Kivu asserted"},
			[]string{"Beni LOCATED_IN Democratic Republic of the Congo asserted"}},
		{"a unit of a place after in names the holder",
			"Rebels attacked Kalehe in the eastern province of South Kivu on Monday.",
			[]string{"Kalehe LOCATED_IN South Kivu asserted"}, nil},
		{"a unit of a place after a comma names the holder",
			"Militants attacked a checkpoint at Tawila, in the port city of Kismayo, on Monday.",
			[]string{"Tawila LOCATED_IN Kismayo asserted"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2026-01-10", tt.want, tt.absent)
		})
	}
}
