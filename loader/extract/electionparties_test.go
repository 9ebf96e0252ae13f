package extract

import "testing"

func TestElectionResultParties(t *testing.T) {
	tests := []struct {
		name, text   string
		want, absent []string
	}{
		{
			name: "seats and shares in later sentences",
			text: "Voters in Freedonia went to the polls on Sunday in a parliamentary election. " +
				"The ruling Unity Party won 88 of the 150 seats, according to the electoral commission. " +
				"The opposition Green Alliance came second with 21.3%, followed by the Reform Bloc on 9%.",
			want: []string{
				"Unity Party PARTICIPATED_IN Election event asserted",
				"Green Alliance PARTICIPATED_IN Election event asserted",
				"Reform Bloc PARTICIPATED_IN Election event asserted",
			},
		},
		{
			name: "a win that is not a vote's result",
			text: "Voters in Freedonia went to the polls on Sunday in a parliamentary election. " +
				"The Harbour Workers Union won a pay rise after a strike last year.",
			absent: []string{"Harbour Workers Union PARTICIPATED_IN Election event asserted"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2026-03-10", tt.want, tt.absent)
		})
	}
}
