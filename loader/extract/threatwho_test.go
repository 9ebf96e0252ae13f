package extract

import "testing"

func TestSidesAndWarners(t *testing.T) {
	tests := []struct {
		text   string
		want   []string
		absent []string
	}{
		{
			// the relative clause's warner threatens, not the sentence's speaker
			"Interior ministry spokesman Omar Haddad told a news conference that Algeria had protested remarks by Moroccan Foreign Minister Karim Tazi, who warned on Friday that Algeria would pay a heavy price for any incursion.",
			[]string{"Karim Tazi THREATENED Algeria asserted"},
			[]string{"Omar Haddad THREATENED Algeria asserted"},
		},
		{
			// with no relative clause the speaker keeps the threat
			"Moroccan Foreign Minister Karim Tazi said on Friday that Algeria would pay a heavy price for any incursion.",
			[]string{"Karim Tazi THREATENED Algeria asserted"},
			nil,
		},
		{
			// the names of what an envoy is for do not urge: the envoy does
			"Armenia accused Azerbaijan of shelling border villages on Monday. Azerbaijan denied it and said Armenia fired first. The special envoy for the Armenia-Azerbaijan talks, Lena Brandt, said she was alarmed and urged both sides to avoid any steps that could escalate tensions.",
			[]string{"Lena Brandt DEMANDED Armenia asserted", "Lena Brandt DEMANDED Azerbaijan asserted"},
			[]string{"Armenia DEMANDED Azerbaijan asserted", "Azerbaijan DEMANDED Armenia asserted"},
		},
		{
			// "the US, Norway, the UK and Qatar" is a list of mediators, not the two sides
			"Ethiopian troops clashed with Eritrean forces near the border. Ethiopia blamed Eritrea for the fighting and Eritrea blamed Ethiopia. The plan, drafted by the US, Norway, the United Kingdom and Qatar, calls for a pause. Kenya urged both sides to accept the plan.",
			[]string{"Kenya DEMANDED Ethiopia asserted", "Kenya DEMANDED Eritrea asserted"},
			[]string{"Kenya DEMANDED United Kingdom asserted", "Kenya DEMANDED Qatar asserted", "Kenya DEMANDED Norway asserted"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			checkClaims(t, tt.text, "2025-03-01", tt.want, tt.absent)
		})
	}
}
