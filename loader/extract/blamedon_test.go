package extract

import "testing"

// TestBlamedOn holds that an attack "blamed on" a state or group after its
// noun has it as perpetrator, told directly or in a relative clause; a
// person or a blame laid elsewhere in the sentence gives none.
func TestBlamedOn(t *testing.T) {
	runClaimCases(t, "2025-06-12", []claimCase{
		{
			name: "right after the noun",
			text: "A drone strike blamed on the paramilitary al-Shabaab hit a bus near Baidoa on Tuesday, killing four people.",
			want: []string{"al-Shabaab PERPETRATED Attack event asserted"},
		},
		{
			name: "in a relative clause",
			text: "Three police officers were killed in an ambush that the army blamed on al-Shabaab near Baidoa on Tuesday.",
			want: []string{"al-Shabaab PERPETRATED Attack event asserted"},
		},
		{
			name:   "the blame is for something else",
			text:   "A drone strike hit a bus near Baidoa on Tuesday, and officials blamed the delays on al-Shabaab.",
			absent: []string{"al-Shabaab PERPETRATED Attack event asserted"},
		},
	})
}
