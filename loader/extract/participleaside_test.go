package extract

import "testing"

func TestParticipleAsideSubject(t *testing.T) {
	tests := []struct {
		text   string
		want   []string
		absent []string
	}{
		{
			"Brazilian President Luiz Inacio Lula da Silva, speaking at the United Nations, said he would raise tariffs on Argentine beef if Buenos Aires did not lift its quotas.",
			[]string{"Luiz Inacio Lula da Silva THREATENED Argentina conditional"},
			[]string{"United Nations THREATENED Argentina conditional"},
		},
		{
			"Kenyan President William Ruto, addressing the African Union in Addis Ababa, condemned the raid on Goma.",
			[]string{"William Ruto CONDEMNED Attack event asserted"},
			[]string{"African Union CONDEMNED Attack event asserted"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			checkClaims(t, tt.text, "2025-03-01", tt.want, tt.absent)
		})
	}
}
