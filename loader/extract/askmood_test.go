package extract

import "testing"

func TestAskModality(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string
		absent []string
	}{
		{
			name:   "a marker in an earlier clause leaves the call made",
			text:   "Nigeria said it rejected the proposals and called on Ghana to hold talks with Togo.",
			want:   []string{"Nigeria DEMANDED Ghana asserted"},
			absent: []string{"Nigeria DEMANDED Ghana possible"},
		},
		{
			name:   "a modal on the asking verb keeps the demand to come",
			text:   "Uruguay would ask the United Nations Security Council to convene urgent talks, its foreign minister said.",
			want:   []string{"Uruguay DEMANDED Meeting event possible"},
			absent: []string{"Uruguay DEMANDED Meeting event asserted"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2026-03-01", tt.want, tt.absent)
		})
	}
}
