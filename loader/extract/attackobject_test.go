package extract

import "testing"

// TestDemonymObject holds strikes and seizures whose object a demonym
// marks: the state that owns what was hit is attacked; the striker's own
// demonym, downed weapons and a flag of convenience are not targets.
func TestDemonymObject(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
		not  []string
	}{
		{"a ship struck by drones",
			"Estonian officials said Latvian naval drones had struck a Lithuanian cargo ship off the coast of Gdansk on Friday.",
			[]string{"Latvia ATTACKED Lithuania asserted"},
			[]string{"Latvia ATTACKED Gdansk asserted"}},
		{"a seized vessel",
			"Eritrea's navy seized a Djiboutian fishing vessel in the Red Sea on Monday.",
			[]string{"Eritrea ATTACKED Djibouti asserted"},
			nil},
		{"a base fired at",
			"Hamas fired rockets at an Egyptian military base near the border on Sunday.",
			[]string{"Hamas ATTACKED Egypt asserted"},
			nil},
		{"strikes on sites",
			"Turkey carried out strikes on Iraqi oil facilities near Zakho on Tuesday.",
			[]string{"Turkey ATTACKED Iraq asserted"},
			nil},
		{"boats destroyed by a fleet",
			"The Northern Fleet said it had destroyed four Norwegian patrol boats in the Barents Sea.",
			[]string{"Northern Fleet ATTACKED Norway asserted"},
			nil},
		{"a passive object",
			"A Maltese tanker was attacked by Houthi fighters in the Gulf of Aden on Wednesday.",
			[]string{"Houthis ATTACKED Malta asserted"},
			nil},
		{"a group's depots",
			"Israel said its jets had struck Hezbollah weapons depots near Tyre overnight.",
			[]string{"Israel ATTACKED Hezbollah asserted"},
			nil},
		{"the place near a convoy is no target",
			"Al-Shabaab fighters ambushed a fuel convoy near Baidoa on Thursday, the army said.",
			[]string{"al-Shabaab PERPETRATED Attack event asserted"},
			[]string{"al-Shabaab ATTACKED Baidoa asserted"}},
		{"the striker's own demonym is no target",
			"Chinese warships fired on Chinese fishing boats near Hainan on Monday, Beijing said.",
			nil,
			[]string{"China ATTACKED China asserted"}},
		{"a flag of convenience is no target",
			"Houthi fighters attacked a Panamanian-flagged tanker in the Red Sea on Tuesday.",
			nil,
			[]string{"Houthis ATTACKED Panama asserted"}},
		{"a storm is no attacker",
			"The cyclone destroyed Cuban fishing boats along the coast of Haiti on Sunday.",
			nil,
			[]string{"Attack event OCCURRED_IN Haiti asserted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2025-06-12", tt.want, tt.not)
		})
	}
}
