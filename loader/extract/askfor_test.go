package extract

import "testing"

func TestAskedFor(t *testing.T) {
	tests := []struct {
		text   string
		want   []string
		absent []string
	}{
		{
			"Brazilian President Luiz Inacio Lula da Silva pressed US President Donald Trump for exemptions from US duties on Sunday.",
			[]string{"Luiz Inacio Lula da Silva DEMANDED Donald Trump asserted"},
			[]string{"Luiz Inacio Lula da Silva DEMANDED Sanction event asserted"},
		},
		{
			"Mexico pressed Canada for concessions on dairy.",
			[]string{"Mexico DEMANDED Canada asserted"},
			nil,
		},
		{
			"Chile asked Peru to hold talks on the border.",
			[]string{"Chile DEMANDED Peru asserted"},
			nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			checkClaims(t, tt.text, "2025-03-01", tt.want, tt.absent)
		})
	}
}
