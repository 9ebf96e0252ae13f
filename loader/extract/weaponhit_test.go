package extract

import "testing"

// TestWeaponHit holds "hit" with a weapon for subject: an attack of the
// side that owns the weapon, a blow of the barrage already told when no
// side is named, and no attack when the subject is no weapon.
func TestWeaponHit(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
		not  []string
	}{
		{"an owned drone hits a substation",
			"A Russian drone hit a power substation in Chernihiv on Thursday, the regional governor said.",
			[]string{"Russia PERPETRATED Attack event asserted", "Attack event OCCURRED_IN Chernihiv asserted"},
			nil},
		{"mortar rounds hit homes",
			"Indian mortar rounds had hit houses in Muzaffarabad on Friday, killing two civilians, Pakistani officials said.",
			[]string{"India PERPETRATED Attack event asserted"},
			nil},
		{"the speaker of the blow is not its striker",
			"Russia launched a missile attack on Odesa overnight, killing four people, officials said on Tuesday. " +
				"Odesa Mayor Ivan Petrenko said a missile hit a school in the city's central district.",
			[]string{"Russia PERPETRATED Attack event asserted"},
			[]string{"Ivan Petrenko PERPETRATED Attack event asserted"}},
		{"the speaker of a struck is not its striker",
			"Russia launched a missile attack on Sumy overnight, officials said on Tuesday. " +
				"Governor Ivan Petrenko said two ballistic missiles struck a hospital.",
			[]string{"Russia PERPETRATED Attack event asserted"},
			[]string{"Ivan Petrenko PERPETRATED Attack event asserted"}},
		{"tariffs that hit exports are no attack",
			"New US tariffs hit Chinese exports in Shanghai in May, the ministry said.",
			nil,
			[]string{"Attack event OCCURRED_IN Shanghai asserted", "United States PERPETRATED Attack event asserted"}},
		{"rounds of talks are no weapon",
			"Two rounds of Russian talks hit a deadlock in Geneva on Monday.",
			nil,
			[]string{"Russia PERPETRATED Attack event asserted", "Attack event OCCURRED_IN Geneva asserted"}},
		{"a drone hit by air defences is not the blow",
			"A Ukrainian drone hit by Russian air defences fell near Kursk on Monday.",
			nil,
			[]string{"Ukraine PERPETRATED Attack event asserted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2025-04-16", tt.want, tt.not)
		})
	}
}
