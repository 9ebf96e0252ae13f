package extract

import "testing"

// TestQuotedVerdict covers a quote that opens by pointing back at a deed
// with a verdict: its speaker condemns the latest attack.
func TestQuotedVerdict(t *testing.T) {
	tests := []claimCase{
		{"a copula and a verdict",
			`Gunmen stormed a bus station in Kano on Friday, killing nine people. "This is sheer terrorism against ordinary travellers," Nigerian Interior Minister Musa Bello said.`,
			[]string{"Musa Bello CONDEMNED Attack event asserted"}, nil},
		{"a verdict on a deed noun",
			`Gunmen stormed a bus station in Kano on Friday, killing nine people. "This heinous act will be answered," Nigerian Interior Minister Musa Bello told reporters.`,
			[]string{"Musa Bello CONDEMNED Attack event asserted"}, nil},
		{"a quote naming its own subject judges no deed",
			`Gunmen stormed a bus station in Kano on Friday, killing nine people. "It is the gunmen who must be punished for their crimes," Nigerian Interior Minister Musa Bello said.`,
			nil, []string{"Musa Bello CONDEMNED Attack event asserted"}},
		{"war is not a verdict by itself",
			`Gunmen stormed a bus station in Kano on Friday, killing nine people. "This is a war we will win," Nigerian Interior Minister Musa Bello said.`,
			nil, []string{"Musa Bello CONDEMNED Attack event asserted"}},
	}
	runClaimCases(t, "2025-05-20", tests)
}
