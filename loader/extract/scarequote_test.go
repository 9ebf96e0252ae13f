package extract

import "testing"

// TestHyphenatedScareQuotes covers quoted hyphenated modifiers inside the
// object of an offer: the hyphens split one word into many tokens, which
// must not push the event past the window that reads it.
func TestHyphenatedScareQuotes(t *testing.T) {
	tests := []claimCase{
		{"a quoted hyphenated modifier before talks",
			"Ecuadorian President Lucia Andrade said on Thursday she was ready to hold \"one-on-one\" talks with Bolivian President Tomas Quiroga.",
			[]string{"Lucia Andrade OFFERED Meeting event asserted", "Tomas Quiroga PARTICIPATED_IN Meeting event possible"}, nil},
		{"a quoted hyphenated modifier before an exchange",
			"Eritrea said on Monday it was ready for a \"one-for-one\" exchange of detainees with Ethiopia.",
			[]string{"Eritrea OFFERED Proposal event asserted"}, nil},
		{"a long quotation is no scare quote",
			"Kenya said it was ready for what it called \"a long-awaited and well-prepared round of talks on the border\" with Somalia.",
			nil, []string{"Kenya OFFERED Meeting event asserted"}},
	}
	runClaimCases(t, "2026-03-10", tests)
}
