package extract

import "testing"

// TestBlamedGroup holds that a bare blame after an attack names a possible
// perpetrator, past the state a group is told of; a person blamed or a
// blame with its own deed gives none.
func TestBlamedGroup(t *testing.T) {
	runClaimCases(t, "2025-06-12", []claimCase{
		{
			name: "blame in the next sentence",
			text: "A car bomb exploded outside a market in Mosul on Friday, killing nine people. The police blamed Islamic State.",
			want: []string{"Islamic State PERPETRATED Attack event possible"},
		},
		{
			name: "past the group's home state",
			text: "A roadside bomb killed four soldiers near Baidoa on Tuesday, with officials blaming Somalia's al-Shabaab militants.",
			want: []string{"al-Shabaab PERPETRATED Attack event possible"},
		},
		{
			name:   "a blame with its own deed",
			text:   "A car bomb exploded outside a market in Mosul on Friday. Officials blamed Islamic State on Saturday for the shortages.",
			absent: []string{"Islamic State PERPETRATED Attack event possible"},
		},
	})
}
