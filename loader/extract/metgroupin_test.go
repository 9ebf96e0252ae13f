package extract

import "testing"

func TestMetGroupBefore(t *testing.T) {
	tests := []claimCase{
		{"officials met in a capital meet there",
			"Foreign Minister Ana Ruiz met officials in Nairobi on Tuesday.",
			[]string{"Meeting event OCCURRED_IN Nairobi asserted"},
			[]string{"Meeting event OCCURRED_IN Kenya asserted"}},
		{"a state's envoy met in a capital meets there",
			"Foreign Minister Ana Ruiz will meet Japan's ambassador in Lima next week.",
			[]string{"Meeting event OCCURRED_IN Lima possible"},
			[]string{"Meeting event OCCURRED_IN Peru possible"}},
		{"a curly possessive reads as a straight one",
			"Foreign Minister Ana Ruiz will meet Japan’s ambassador in Lima next week.",
			[]string{"Meeting event OCCURRED_IN Lima possible"},
			[]string{"Meeting event OCCURRED_IN Peru possible"}},
	}
	runClaimCases(t, "2026-01-10", tests)
}
