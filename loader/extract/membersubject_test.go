package extract

import "testing"

// TestMemberSubject covers members who open a clause acting for the body
// named after "from" or "of", and members named as objects who do not.
func TestMemberSubject(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string
		absent []string
	}{
		{"lawmakers from a bloc criticise for the bloc",
			"Norway and Chile signed a fisheries agreement in Oslo on Monday. Opposition lawmakers from the Labour bloc criticised the agreement, saying it hurt fishermen.",
			[]string{"Labour Party CRITICIZED Agreement event asserted"}, nil},
		{"officials of a party condemn for the party",
			"Gunmen attacked a police post in Kumasi on Sunday, killing three officers. Senior officials of the New Patriotic Party condemned the attack.",
			[]string{"New Patriotic Party CONDEMNED Attack event asserted"}, nil},
		{"members arrested are no subject",
			"Gunmen attacked a police post in Kumasi on Sunday, killing three officers. Police arrested members of the Red Brigade, and the government condemned the attack.",
			nil,
			[]string{"Red Brigade CONDEMNED Attack event asserted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2026-03-10", tt.want, tt.absent)
		})
	}
}
