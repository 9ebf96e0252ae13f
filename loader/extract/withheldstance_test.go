package extract

import "testing"

func TestWithheldStance(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string
		absent []string
	}{
		{
			"a condemnation yet to come is not made",
			"Norway shelled the port of Arica on Monday.\n\nChile has yet to condemn the attack.",
			[]string{"Norway PERPETRATED Attack event asserted"},
			[]string{"Chile CONDEMNED Attack event asserted", "Chile CONDEMNED Attack event denied"},
		},
		{
			"a condemnation declined is not made",
			"Norway shelled the port of Arica on Monday.\n\nChile declined to publicly condemn Norway.",
			nil,
			[]string{"Chile CONDEMNED Norway asserted", "Chile CONDEMNED Norway denied"},
		},
		{
			"a criticism avoided is told as denied",
			"Norway shelled the port of Arica on Monday.\n\nChile stopped short of criticising Norway.",
			[]string{"Chile CRITICIZED Norway denied"},
			[]string{"Chile CRITICIZED Norway asserted"},
		},
		{
			"the event a condemnation leaves unsaid still took place",
			"Chile has not condemned the attack by Norway on the port of Arica.",
			[]string{"Norway PERPETRATED Attack event asserted"},
			[]string{"Norway PERPETRATED Attack event denied"},
		},
		{
			"a condemnation made stays",
			"Norway shelled the port of Arica on Monday.\n\nChile condemned the attack.",
			[]string{"Chile CONDEMNED Attack event asserted"},
			nil,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkClaims(t, tc.text, "2025-06-10", tc.want, tc.absent)
		})
	}
}
