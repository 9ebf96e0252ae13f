package extract

import "testing"

// TestActorRelations covers the relations between actors read from asking,
// blaming, leading and meeting phrases; absent lists claims that must not
// be read.
func TestActorRelations(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string
		absent []string
	}{
		{"asked after a coordinated verb",
			`Norway's Foreign Ministry condemned the shelling as "reckless" and urged Azerbaijan to stop firing at civilians.`,
			[]string{"Norway's Foreign Ministry DEMANDED Azerbaijan asserted"}, nil},
		{"called on two actors over a relative clause",
			"Chilean President Rosa Vidal called on Brazil and Argentina, which guarantee the accord, to press Bolivia to resume talks.",
			[]string{"Rosa Vidal DEMANDED Brazil asserted", "Rosa Vidal DEMANDED Argentina asserted"},
			[]string{"Rosa Vidal DEMANDED Bolivia asserted"}},
		{"group asked by coordinated askers",
			"Peru and Ecuador exchanged fire on Monday. Brazil and Chile both urged the two neighbours to stop the fighting.",
			[]string{"Brazil DEMANDED Peru asserted", "Brazil DEMANDED Ecuador asserted", "Chile DEMANDED Peru asserted", "Chile DEMANDED Ecuador asserted"},
			[]string{"Brazil DEMANDED Chile asserted"}},
		{"asker described by a relative clause",
			"Mali and Niger traded accusations. Ghana, which hosted talks with Togo, urged both sides to show restraint.",
			[]string{"Ghana DEMANDED Mali asserted", "Ghana DEMANDED Niger asserted"},
			[]string{"Togo DEMANDED Mali asserted"}},
		{"chief of a body leads it",
			"Hamas chief Yahya Sinwar spoke. Egyptian intelligence chief Hassan Rashad met him.",
			[]string{"Yahya Sinwar LEADS Hamas asserted"},
			[]string{"Hassan Rashad LEADS Egypt asserted"}},
		{"rank between title and name",
			"Chad's military leader, General Idriss Deby, said his country would not yield.",
			[]string{"Idriss Deby LEADS Chad asserted"}, nil},
		{"place set off by a comma",
			"Gunmen raided a market in Damasak, in Borno State, and a village near Kidal in Mali's Gao region. Shells fell in Maidan district of Kabul province.",
			[]string{"Damasak LOCATED_IN Borno State asserted", "Kidal LOCATED_IN Gao region asserted", "Maidan district LOCATED_IN Kabul province asserted"},
			[]string{"Kidal LOCATED_IN Mali asserted"}},
		{"envoy with a remit meets a minister",
			"AU special envoy for Sudan Ramtane Lamamra met Kenyan Foreign Minister Musalia Mudavadi in Nairobi on Friday.",
			[]string{"Musalia Mudavadi MET_WITH Ramtane Lamamra asserted", "Ramtane Lamamra AFFILIATED_WITH African Union asserted"},
			[]string{"African Union MET_WITH Sudan asserted", "African Union MET_WITH Ramtane Lamamra asserted", "Ramtane Lamamra MET_WITH Sudan asserted"}},
		{"accusation after a quote in a coordinated clause",
			`"We will not bow," Deputy Minister Ana Ruiz wrote. Bolivian President Luis Arce condemned the raid as "an act of war" and accused Chile's Foreign Minister Pedro Soto of lying.`,
			[]string{"Luis Arce CRITICIZED Pedro Soto asserted"},
			[]string{"Ana Ruiz CRITICIZED Pedro Soto asserted"}},
		{"a deed named harshly",
			`Armenia said in a statement that Azerbaijan's "reckless provocations" would be answered.`,
			[]string{"Armenia CRITICIZED Azerbaijan asserted"}, nil},
		{"spokesman of the person named before",
			"President Ama Mensah ordered an inquiry, her spokesman Kofi Boateng said. Mensah beat her main opponent Yaw Darko.",
			[]string{"Kofi Boateng AFFILIATED_WITH Ama Mensah asserted"},
			[]string{"Yaw Darko AFFILIATED_WITH Ama Mensah asserted"}},
		{"blamed for a deed",
			"Niger's army said rebels shelled Agadez, killing four, and accused Mali of arming them. Niger blamed Mali for the shelling.",
			[]string{"Niger CRITICIZED Mali asserted"},
			[]string{"Niger CRITICIZED Attack event asserted"}},
		{"an attempt to blame",
			`"Any attempt to blame Iraq for the strike is absurd," Iraqi spokesman Ali Hassan said.`,
			nil, []string{"Ali Hassan CRITICIZED Iraq asserted"}},
		{"asked restraint, then offered talks",
			"Mali and Niger clashed. Ghana urged both sides to show restraint and offered to host talks in Accra.",
			[]string{"Ghana DEMANDED Mali asserted"},
			[]string{"Ghana DEMANDED Meeting event asserted"}},
		{"the one spoken to under a demonym title offers nothing",
			"Prime Minister Ana Costa spoke to Kenyan President Peter Mwangi on Monday and offered to host talks between Ethiopia and Eritrea.",
			[]string{"Ana Costa OFFERED Meeting event asserted"},
			[]string{"Peter Mwangi OFFERED Meeting event asserted"}},
		{"protesters said to be manipulated",
			"Thousands of people marched through Tbilisi on Sunday in a protest against the new law. Georgian Prime Minister Irakli Kobakhidze said the protesters were paid by foreign agents.",
			[]string{"Irakli Kobakhidze CRITICIZED Protest event asserted"}, nil},
		{"imports of a country's goods suspended",
			"Ankara urged its citizens to avoid Greece and suspended imports of Greek olive oil. Greece said it would not retaliate.",
			[]string{"Turkey SANCTIONED Greece asserted"}, []string{"Greece SANCTIONED Turkey asserted"}},
		{"an aim is not an act",
			"Our efforts to press Russia to accept a ceasefire will continue, Poland said.",
			nil, []string{"Poland DEMANDED Russia asserted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2025-04-16", tt.want, tt.absent)
		})
	}
}
