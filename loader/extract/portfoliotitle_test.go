package extract

import "testing"

// TestPortfolioTitle covers ministers whose portfolio no role list holds.
func TestPortfolioTitle(t *testing.T) {
	runClaimCases(t, "2026-03-10", []claimCase{
		{"one portfolio word",
			"Chile's Steel Minister Ana Ruiz told reporters the duties would stay.",
			[]string{"Ana Ruiz AFFILIATED_WITH Chile asserted"}, nil},
		{"two portfolio words joined by and",
			"Peru's Mines and Energy Minister Ana Ruiz opened the plant on Friday.",
			[]string{"Ana Ruiz AFFILIATED_WITH Peru asserted"}, []string{"Ana Ruiz LEADS Peru asserted"}},
		{"a demonym before the portfolio",
			"The French Overseas Minister Ana Ruiz flew to the islands on Friday.",
			[]string{"Ana Ruiz AFFILIATED_WITH France asserted"}, nil},
	})
}
