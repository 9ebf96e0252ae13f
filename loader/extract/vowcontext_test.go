package extract

import "testing"

func TestVowContext(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string
		absent []string
	}{
		{
			"a vow answers the sanction told a sentence before",
			"Argentina imposed sanctions on Chile on Monday.\n\nSantiago would take \"firm and resolute measures\" in response, Chilean Foreign Minister Ana Rojas warned.",
			[]string{"Ana Rojas THREATENED Argentina asserted"},
			nil,
		},
		{
			"a response said to follow is a vow",
			"Argentina imposed sanctions on three Chilean fishing companies on Monday.\n\nChilean Foreign Minister Ana Rojas said Chile's response \"will follow\".",
			[]string{"Ana Rojas THREATENED Argentina asserted"},
			nil,
		},
		{
			"readiness to take further action is a vow",
			"Iceland imposed sanctions on Latvia on Monday.\n\nLatvian Foreign Minister Ilze Ozola said Riga stood \"prepared to take further action\" if required.",
			[]string{"Ilze Ozola THREATENED Iceland conditional"},
			nil,
		},
		{
			"a vow answers the side accused a sentence before",
			"Peru accused Ecuador of massing troops on the border.\n\nPeruvian Defence Minister Luis Prado warned that Lima would respond firmly.",
			[]string{"Luis Prado THREATENED Ecuador asserted"},
			nil,
		},
		{
			"measures with no word of force are no vow",
			"Argentina imposed sanctions on Chile on Monday.\n\nChilean Foreign Minister Ana Rojas said Chile would take measures to support its exporters.",
			nil,
			[]string{"Ana Rojas THREATENED Argentina asserted"},
		},
		{
			"a blow against a third side is not answered",
			"Argentina imposed sanctions on Bolivia on Monday.\n\nChilean Foreign Minister Ana Rojas said Chile would take \"all necessary measures\" to protect its fishermen.",
			nil,
			[]string{"Ana Rojas THREATENED Argentina asserted"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkClaims(t, tc.text, "2025-06-10", tc.want, tc.absent)
		})
	}
}
