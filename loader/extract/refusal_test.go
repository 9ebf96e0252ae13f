package extract

import "testing"

func TestRefusals(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string
		absent []string
	}{
		{
			name: "a refusal to resign rejects the resignation",
			text: "Interior Minister Carla Mendes said on Friday she would not resign.",
			want: []string{"Carla Mendes REJECTED Other event asserted"},
		},
		{
			name: "the teller of a party's refusal rejects its withdrawal",
			text: "Defence Minister Omar Said told parliament that Tunisia would never withdraw its troops from the buffer zone.",
			want: []string{"Omar Said REJECTED Other event asserted"},
		},
		{
			name: "giving up weapons is disarmament",
			text: "The Kivu Defence Front said it won't give up its weapons while foreign troops remain in the province.",
			want: []string{"Kivu Defence Front REJECTED Other event asserted"},
		},
		{
			name:   "giving up hope is no event",
			text:   "The Kivu Defence Front said it would never give up hope.",
			absent: []string{"Kivu Defence Front REJECTED Other event asserted"},
		},
		{
			name: "refusing to negotiate rejects the talks",
			text: "Chile said on Monday it would not negotiate with Bolivia over the port.",
			want: []string{"Chile REJECTED Meeting event asserted"},
		},
		{
			name:   "a refusal held until something happens rejects nothing",
			text:   "Defence Minister Omar Said said Tunisia would not withdraw its troops until the border is demarcated.",
			absent: []string{"Omar Said REJECTED Other event asserted"},
		},
		{
			name:   "a promise not to attack is no rejection",
			text:   "Ghana said it would never attack Togo.",
			absent: []string{"Ghana REJECTED Attack event asserted"},
		},
		{
			name:   "a talk that will not happen is no one's refusal",
			text:   "Mexico said the talks with Canada would not resume this year.",
			absent: []string{"Mexico REJECTED Meeting event asserted"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkClaims(t, tc.text, "2026-03-02", tc.want, tc.absent)
		})
	}
}
