package extract

import "testing"

// TestAttackForms holds the split and borrowed attack wordings: a quoted
// charge inside "opened fire", "firing" on posts, a weapon that slams into
// a building, and weapons downed by air defences.
func TestAttackForms(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
		not  []string
	}{
		{"a quoted charge inside opened fire",
			`The army said Eritrean troops had opened "indiscriminate" fire on Ethiopian positions near Zalambessa on Sunday.`,
			[]string{"Eritrea PERPETRATED Attack event asserted", "Eritrea ATTACKED Ethiopia asserted"},
			nil},
		{"small arms firing on posts",
			`The army said Nicaraguan troops had carried out "small arms firing" on Belizean posts overnight.`,
			[]string{"Nicaragua PERPETRATED Attack event asserted", "Nicaragua ATTACKED Belize asserted"},
			nil},
		{"a missile fired by a group slams into a building",
			"A rocket fired by Hezbollah fighters slammed into a school in Kiryat Shmona on Sunday, officials said.",
			[]string{"Hezbollah PERPETRATED Attack event asserted"},
			nil},
		{"a governor telling of a passive strike did not strike",
			"Governor Ivan Petrov said the ferry was crossing the strait near Kerch on Sunday when it was struck.",
			nil,
			[]string{"Ivan Petrov PERPETRATED Attack event asserted"}},
		{"a state whose post was struck did not strike",
			"A Chadian army post was struck near Bol on Monday.",
			nil,
			[]string{"Chad PERPETRATED Attack event asserted"}},
		{"a firing squad is no attack",
			"Iran executed two men by firing squad in Tabriz on Monday.",
			nil,
			[]string{"Attack event OCCURRED_IN Tabriz asserted"}},
		{"a missile slams into a building",
			"A Russian cruise missile slammed into a shopping centre in Zaporizhzhia on Friday, killing six people.",
			[]string{"Russia PERPETRATED Attack event asserted", "Attack event OCCURRED_IN Zaporizhzhia asserted"},
			nil},
		{"a minister who slammed a plan struck nothing",
			"Hungarian Prime Minister Viktor Orban slammed the EU plan in Budapest on Friday.",
			nil,
			[]string{"Hungary PERPETRATED Attack event asserted", "Attack event OCCURRED_IN Budapest asserted"}},
		{"drones downed by air defences attacked the defenders",
			"Latvia's defence ministry said on Friday that its air defences had destroyed 12 Croatian drones near Daugavpils.",
			[]string{"Croatia PERPETRATED Attack event asserted", "Croatia ATTACKED Latvia asserted"},
			[]string{"Latvia PERPETRATED Attack event asserted"}},
		{"an air force shoots down drones",
			"Ukraine's air force said it had shot down 60 Russian drones overnight.",
			[]string{"Russia PERPETRATED Attack event asserted", "Russia ATTACKED Ukraine asserted"},
			nil},
		{"destroyed homes are no downing",
			"The floods destroyed 300 homes in Pakistan's Sindh province, Pakistani officials said.",
			nil,
			[]string{"Pakistan PERPETRATED Attack event asserted"}},
		{"an intercepted ship is no attack",
			"The Greek coast guard intercepted a Turkish fishing boat near Lesbos.",
			nil,
			[]string{"Greece PERPETRATED Attack event asserted", "Turkey PERPETRATED Attack event asserted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2025-04-16", tt.want, tt.not)
		})
	}
}
