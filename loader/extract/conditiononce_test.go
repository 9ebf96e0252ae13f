package extract

import "testing"

func TestOnceConditions(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string
		absent []string
	}{
		{
			name: "an offer held until a deal is signed",
			text: "Norway said it was prepared to offer Moldova border monitors once a peace agreement is signed.",
			want: []string{
				"Norway OFFERED Proposal event conditional",
				"Proposal event CONDITIONED_ON Agreement event asserted",
			},
			absent: []string{"Norway DEMANDED Agreement event asserted"},
		},
		{
			name: "a meeting offered once a truce holds",
			text: "Kenya's president said he was ready to meet Ethiopia's prime minister once a ceasefire was in place.",
			want: []string{"Meeting event CONDITIONED_ON Ceasefire event asserted"},
		},
		{
			name:   "once more is a repeat, not a condition",
			text:   "Chile said it would meet Peru once more in Lima next week.",
			absent: []string{"Chile PARTICIPATED_IN Meeting event conditional"},
		},
		{
			name:   "once without an offer is a time",
			text:   "Once the talks in Geneva ended, Chile signed the deal with Peru.",
			absent: []string{"Agreement event CONDITIONED_ON Meeting event asserted"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2026-03-01", tt.want, tt.absent)
		})
	}
}

func TestRefusedUntilCondition(t *testing.T) {
	checkClaims(t, "Ghana's president said Accra would not sign any trade deal unless Togo reopened the border.", "2026-03-01",
		[]string{"Ghana AGREED Agreement event conditional"},
		[]string{"Ghana AGREED Agreement event denied"})
}
