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
			name: "a past vote told in passing leaves the day's results to the day's vote",
			text: "Voters in Freedonia went to the polls on Sunday in a parliamentary election. " +
				"The ruling Unity Party won 88 of the 150 seats, according to the electoral commission. " +
				"Turnout was lower than at the last election in 2019, and the vote was the first since a 2021 constitutional referendum.",
			want: []string{"Unity Party PARTICIPATED_IN Election event asserted"},
		},
		{
			name: "a win that is not a vote's result",
			text: "Voters in Freedonia went to the polls on Sunday in a parliamentary election. " +
				"The Harbour Workers Union won a pay rise after a strike last year.",
			absent: []string{"Harbour Workers Union PARTICIPATED_IN Election event asserted"},
		},
		{
			name: "candidates given a share of the vote",
			text: "Ecuador held a presidential election on Sunday. " +
				"The electoral council said Luis Ortega won 52% of the vote, against 30% for incumbent Pedro Salas. " +
				"His nearest rival, Marta Quiroga of the Green Front, took 11%. " +
				"Officials said Ortega finished in front of his main opponent Jorge Bravo at 4%.",
			want: []string{
				"Luis Ortega PARTICIPATED_IN Election event asserted",
				"Pedro Salas PARTICIPATED_IN Election event asserted",
				"Marta Quiroga PARTICIPATED_IN Election event asserted",
				"Jorge Bravo PARTICIPATED_IN Election event asserted",
			},
		},
		{
			name: "who backs a list, or a figure that is not a share, does not run",
			text: "Ecuador held a parliamentary election on Sunday. " +
				"The Unity Alliance of businessman Carlos Mena came first with 40%. " +
				"Interior minister Rosa Vidal said turnout was 61%.",
			want:   []string{"Unity Alliance PARTICIPATED_IN Election event asserted"},
			absent: []string{"Carlos Mena PARTICIPATED_IN Election event asserted", "Rosa Vidal PARTICIPATED_IN Election event asserted"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2026-03-10", tt.want, tt.absent)
		})
	}
}
