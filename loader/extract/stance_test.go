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
