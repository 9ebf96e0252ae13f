package extract

import "testing"

// TestVerbForms checks that inflections of listed trigger verbs fire like
// the forms beside them.
func TestVerbForms(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
		not  []string
	}{
		{"a past participle of withdraw",
			"Ghana said on Monday that its troops had withdrawn from the border town of Kpalime in Togo.",
			[]string{"Other event OCCURRED_IN Kpalime asserted"}, nil},
		{"telephoned is a call",
			"Ghanaian President Kofi Mensah telephoned Togolese President Yao Adjo on Monday.",
			[]string{"Kofi Mensah MET_WITH Yao Adjo asserted"}, nil},
		{"an ongoing invasion",
			"Togo accused Ghana on Monday of invading its territory.",
			[]string{"Ghana PERPETRATED Attack event asserted"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2026-01-10", tt.want, tt.not)
		})
	}
}
