package extract

import "testing"

// TestDeniedWorth covers a speaker denying an actor legitimacy, a mandate
// or good faith, and a reported clause joined to its verb by "and that".
func TestDeniedWorth(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string
		absent []string
	}{
		{"a government said to be not legitimate",
			"Argentine Foreign Minister Gerardo Werthein said Nicaragua's government was \"not legitimate\".",
			[]string{"Gerardo Werthein CRITICIZED Nicaragua asserted"}, nil},
		{"a second reported clause after and that, told to reporters",
			"Argentine Foreign Minister Gerardo Werthein dismissed the offer, telling reporters there would be \"no deal with a tyrant\" and that Nicaragua's government was \"not legitimate\".",
			[]string{"Gerardo Werthein CRITICIZED Nicaragua asserted"}, nil},
		{"a person said to have no mandate",
			"Nepal's Foreign Ministry criticised the trip, saying Anil Rai had \"no mandate\" to speak for the country.",
			[]string{"Nepal's Foreign Ministry CRITICIZED Anil Rai asserted"}, nil},
		{"not serious about reaching a deal",
			"Egypt's Foreign Ministry said the raid showed that Ethiopia was not serious about reaching a deal.",
			[]string{"Egypt's Foreign Ministry CRITICIZED Ethiopia asserted"}, nil},
		{"a negation of something else is no blame",
			"Argentine Foreign Minister Gerardo Werthein said Nicaragua was not ready to sign the accord.",
			nil, []string{"Gerardo Werthein CRITICIZED Nicaragua asserted"}},
		{"a negated blame word stays none",
			"Argentine Foreign Minister Gerardo Werthein said Nicaragua was not a threat to its neighbours.",
			nil, []string{"Gerardo Werthein CRITICIZED Nicaragua asserted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2025-04-16", tt.want, tt.absent)
		})
	}
}
