package extract

import "testing"

// TestDescribedParty covers parties told by a description rather than a
// name: "the Ruritania-backed rebels", "the army" before a short gerund,
// and a sentence-opening "It" after a body that spoke without a speech verb.
func TestDescribedParty(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string
		absent []string
	}{
		{"a state-backed body noun goes back to the armed group",
			"The Houthis said on Sunday they had hit a cargo ship. On Monday the Iran-backed rebels fired three drones at a frigate in the Gulf of Aden.",
			[]string{"Houthis PERPETRATED Attack event asserted"}, nil},
		{"a state-backed group with no group named before",
			"On Monday the Iran-backed rebels fired three drones at a frigate in the Gulf of Aden.",
			nil, []string{"Iran PERPETRATED Attack event asserted"}},
		{"accused the army of using",
			"Sudan's army said the Rapid Support Forces shelled a camp near Nyala. The RSF accused the army of using the camp as a base.",
			[]string{"Rapid Support Forces CRITICIZED Sudanese army asserted"}, nil},
		{"a thing after of is no gerund",
			"Sudan's army said the Rapid Support Forces shelled a camp near Nyala. The RSF accused the army of the thing.",
			nil, []string{"Rapid Support Forces CRITICIZED Sudanese army asserted"}},
		{"it after a body that denied",
			"Sudan's army said the Rapid Support Forces shelled a camp near Nyala. The RSF denied hitting the camp. It accused the army of lying about the toll.",
			[]string{"Rapid Support Forces CRITICIZED Sudanese army asserted"}, nil},
		{"it after a sentence opened by a person",
			"Sudan's army said the Rapid Support Forces shelled a camp near Nyala. Commander Omar Idris denied hitting the camp. It accused the army of lying about the toll.",
			nil, []string{"Rapid Support Forces CRITICIZED Sudanese army asserted", "Omar Idris CRITICIZED Sudanese army asserted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2025-03-12", tt.want, tt.absent)
		})
	}
}

func TestShortGerund(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"of using force", true},
		{"of lying about it", true},
		{"of thing", false},
		{"of bringing arms", true},
		{"of bring", false},
	}
	for _, tt := range tests {
		d := analyse(t, tt.text, "2025-03-12")
		if got := d.gerundAt(1); got != tt.want {
			t.Errorf("gerundAt(1) in %q: got %v, want %v", tt.text, got, tt.want)
		}
	}
}
