package extract

import "testing"

// TestJudgedThat covers a speaker saying an event was wrong with no verb
// of naming.
func TestJudgedThat(t *testing.T) {
	const lede = "Peru held a presidential election on Sunday. "
	tests := []struct {
		name   string
		text   string
		want   []string
		absent []string
	}{
		{"a vote said to be stolen",
			lede + "Opposition leader Ana Ruiz said the vote had been \"stolen\" by the ruling party.",
			[]string{"Ana Ruiz CRITICIZED Election event asserted"}, nil},
		{"a word of blame after a plain copula",
			lede + "Opposition leader Ana Ruiz said that the election was illegitimate.",
			[]string{"Ana Ruiz CRITICIZED Election event asserted"}, nil},
		{"a judgement denied is no criticism",
			lede + "Opposition leader Ana Ruiz said the election was not illegitimate.",
			nil, []string{"Ana Ruiz CRITICIZED Election event asserted"}},
		{"praise is no criticism",
			lede + "Opposition leader Ana Ruiz said the election was peaceful and fair.",
			nil, []string{"Ana Ruiz CRITICIZED Election event asserted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2025-03-10", tt.want, tt.absent)
		})
	}
}
