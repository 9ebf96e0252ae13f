package extract

import "testing"

// TestDemandsAndMeetingSides covers demands made by several askers at
// once, of a state named by its authorities, of every body listed, by
// "wants X to", and the sides of talks with a delegation.
func TestDemandsAndMeetingSides(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string
		absent []string
	}{
		{"askers listed before an aside, asked of a state's authorities",
			"Protesters clashed with police in Togo. Canada, Japan and Norway, in a joint letter, urged calm and called on the Togolese authorities to free the detainees.",
			[]string{"Canada DEMANDED Togo asserted", "Japan DEMANDED Togo asserted", "Norway DEMANDED Togo asserted"}, nil},
		{"a demand of every body listed",
			"The Arab League on Sunday called for reform of the World Bank and the World Health Organization.",
			[]string{"Arab League DEMANDED World Bank asserted", "Arab League DEMANDED World Health Organization asserted"}, nil},
		{"a body owned by a third is not listed",
			"Ghana called for an audit of the World Bank and Nigeria's central bank.",
			nil, []string{"Ghana DEMANDED Nigeria asserted"}},
		{"wanting another to act",
			"Armenia wants Azerbaijan to withdraw its troops from the border villages.",
			[]string{"Armenia DEMANDED Azerbaijan asserted"}, nil},
		{"wanting to act oneself is no demand",
			"Armenia wants to sign the treaty with Turkey this year.",
			nil, []string{"Armenia DEMANDED Turkey asserted"}},
		{"talks with a state's delegation",
			"Venezuela freed ten prisoners after talks between President Luisa Ortega and an EU delegation in Caracas.",
			[]string{"European Union MET_WITH Luisa Ortega asserted"}, nil},
		{"those called on after a meeting did not attend it",
			"Leaders of the Andean Community met in Lima on Friday and called for reform of the International Monetary Fund.",
			[]string{"Andean Community DEMANDED International Monetary Fund asserted"},
			[]string{"Andean Community MET_WITH International Monetary Fund asserted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2025-04-16", tt.want, tt.absent)
		})
	}
}

// TestSanctionsAndSuspensions covers sanctions owned through a relative
// pronoun or a relative clause, and suspensions from a body.
func TestSanctionsAndSuspensions(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string
		absent []string
	}{
		{"sanctions the pronoun's state has imposed",
			"Cuba said it would free the prisoners only if Canada first lifted the sanctions it has imposed on Havana.",
			[]string{"Canada SANCTIONED Cuba asserted"}, nil},
		{"the target closing a relative clause is no speaker",
			"The African Union, which keeps its sanctions on Niger, said it would review them in June.",
			[]string{"African Union SANCTIONED Niger asserted"}, nil},
		{"a member suspended from the body's activities",
			"The Arab League on Tuesday suspended Libya from all its meetings.",
			[]string{"Arab League SANCTIONED Libya asserted"}, nil},
		{"a member suspended, said in the passive",
			"Guinea was suspended from the African Union after the coup.",
			[]string{"African Union SANCTIONED Guinea asserted"}, nil},
		{"a headline's last word is no verb of the next sentence",
			"Bloc acts after officers seize power\n\nThe African Union on Friday suspended Gabon from the bloc.",
			[]string{"African Union SANCTIONED Gabon asserted"}, nil},
		{"talks suspended are no sanction",
			"Colombia suspended peace talks with the ELN rebels on Wednesday.",
			nil, []string{"Colombia SANCTIONED National Liberation Army asserted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2025-04-16", tt.want, tt.absent)
		})
	}
}

// TestRegretAndConcern covers criticism voiced as regret or as a strong
// concern, and stances named by "anti-" or "pro-" that name no state.
func TestRegretAndConcern(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string
		absent []string
	}{
		{"a measure regretted",
			"Norway imposed sanctions on four Iranian officials. Tehran regretted the move.",
			[]string{"Iran CRITICIZED Sanction event asserted"}, nil},
		{"deeply concerned by a person's threats",
			"Moldovan separatist leader Vadim Krasnov vowed to hold a referendum. The European Union was deeply concerned by his threats, a spokesman said.",
			[]string{"European Union CRITICIZED Vadim Krasnov asserted"}, nil},
		{"deeply concerned about an event",
			"Gunmen attacked a market in northern Burkina Faso on Sunday. The African Union said it was deeply concerned about the attack.",
			[]string{"African Union CRITICIZED Attack event asserted"}, nil},
		{"a worry about the future is no stance",
			"The central bank of Chile said it had grave concern that inflation would rise.",
			nil, []string{"Central Bank of Chile CRITICIZED Chile asserted"}},
		{"a stance towards a state names no state",
			"Brazil recalled its ambassador to Caracas. Venezuelan President Luis Ortega threatened to expel diplomats of any country that backs the anti-Brazilian policies of Mercosur.",
			[]string{"Luis Ortega THREATENED Mercosur asserted"},
			[]string{"Luis Ortega THREATENED Brazil asserted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2025-04-16", tt.want, tt.absent)
		})
	}
}

// TestAccusedMembers covers an accusation of a body's members, and a
// state's name opening a body's name.
func TestAccusedMembers(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string
		absent []string
	}{
		{"members of a body accused",
			"Human Rights Watch accused members of the Rapid Support Forces of looting homes in El Fasher.",
			[]string{"Human Rights Watch CRITICIZED Rapid Support Forces asserted"}, nil},
		{"a state's name opening a body's name does not act",
			"The Ghana National Commission for Civic Education said the vote had been calm, and accused officers of the Rapid Support Forces of blocking aid.",
			[]string{"National Commission for Civic Education CRITICIZED Rapid Support Forces asserted"},
			[]string{"Ghana CRITICIZED Rapid Support Forces asserted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2025-04-16", tt.want, tt.absent)
		})
	}
}
