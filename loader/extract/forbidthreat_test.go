package extract

import "testing"

// TestForbidThreats covers a vow that a state "will not allow" an adversary
// to act, and the negated allowing that is no vow.
func TestForbidThreats(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string
		absent []string
	}{
		{"a quoted vow threatens the adversary",
			"Indian Prime Minister Narendra Modi said on Friday that his country \"will never allow Pakistan to export terror again.\"",
			[]string{"Narendra Modi THREATENED Pakistan asserted"}, nil},
		{"a warning that a state would not allow another to act",
			"Egyptian President Abdel Fattah al-Sisi warned that Egypt would not allow Ethiopia to control the river.",
			[]string{"Abdel Fattah al-Sisi THREATENED Ethiopia asserted"}, nil},
		{"a past refusal is no vow",
			"Kenyan President William Ruto said Kenya did not allow Somalia to use its airspace.",
			nil,
			[]string{"William Ruto THREATENED Somalia asserted"}},
		{"allowing one's own side threatens no one",
			"Ukrainian President Volodymyr Zelensky said he would not allow Ukraine to be divided.",
			nil,
			[]string{"Volodymyr Zelensky THREATENED Ukraine asserted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2026-03-10", tt.want, tt.absent)
		})
	}
}
