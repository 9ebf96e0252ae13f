package extract

import "testing"

func TestAgreedSides(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // claims that must be found
		not  []string // claims that must not be
	}{
		{"the sides of a coalition agreement presented",
			"Party leader Jan Berg on Monday presented a coalition agreement between his Labour party, the Green Party and the liberal Centre Party.",
			[]string{"Labour Party AGREED Agreement event asserted", "Green Party AGREED Agreement event asserted", "Centre Party AGREED Agreement event asserted"}, nil},
		{"the sides of a contract whose signing is witnessed",
			"The two presidents witnessed the signing of the contract between Airbus and the Chilean Air Force.",
			[]string{"Airbus AGREED Agreement event asserted", "Chilean Air Force AGREED Agreement event asserted"}, nil},
		{"a truce only recalled binds no one here",
			"Fighting resumed on Monday, weeks after a truce between Ghana and Togo came into force.",
			nil, []string{"Ghana AGREED Ceasefire event asserted", "Togo AGREED Ceasefire event asserted"}},
		{"a ceasefire called for is not agreed",
			"The United Nations called for a ceasefire between Ghana and Togo on Monday.",
			nil, []string{"Ghana AGREED Ceasefire event possible", "Ghana AGREED Ceasefire event asserted"}},
		{"the partner of a truce agreed with",
			"The Interior Ministry said on Friday it had agreed a truce with the Sahel Liberation Front after talks.",
			[]string{"Interior Ministry AGREED Ceasefire event asserted", "Sahel Liberation Front AGREED Ceasefire event asserted"}, nil},
		{"the two leaders who signed",
			"Prime Minister Ana Ruiz of Spain met Portuguese President Tomas Vidal in Madrid on Monday. The two leaders signed a fisheries agreement.",
			[]string{"Ana Ruiz AGREED Agreement event asserted", "Tomas Vidal AGREED Agreement event asserted"}, nil},
		{"a commander's forces agree for his body",
			"Sahel Liberation Front commander Ahmed Musa Bello said on Monday that his forces had agreed to the ceasefire.",
			[]string{"Sahel Liberation Front AGREED Ceasefire event asserted"}, []string{"Ahmed Musa Bello AGREED Ceasefire event asserted"}},
		{"talks held with a state are no agreement with it",
			"Ghana agreed to a ceasefire and held talks with Togo in Accra.",
			[]string{"Ghana AGREED Ceasefire event asserted"}, []string{"Togo AGREED Ceasefire event asserted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2026-01-10", tt.want, tt.not)
		})
	}
}
