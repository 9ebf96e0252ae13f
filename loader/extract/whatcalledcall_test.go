package extract

import "testing"

// TestNoMeetingInNamingOrAnswer covers "call" and "meet" that hold no
// meeting: a naming ("what he called ...") and an act answered ("would be
// met with a swift and crushing response").
func TestNoMeetingInNamingOrAnswer(t *testing.T) {
	runClaimCases(t, "2026-03-10", []claimCase{
		{"what a speaker called something is a naming",
			"Esmaeil Baghaei condemned what he called Israeli aggression.",
			nil, []string{"Esmaeil Baghaei PARTICIPATED_IN Meeting event asserted"}},
		{"a call with its party stays a call",
			"Vladimir Putin called Emmanuel Macron on Monday.",
			[]string{"Emmanuel Macron MET_WITH Vladimir Putin asserted"}, nil},
		{"an answer past several modifiers is no meeting",
			"Iranian spokesman Esmaeil Baghaei rejected the warning and said any fresh attack would be met with a \"swift and painful response.\"",
			nil, []string{"Esmaeil Baghaei PARTICIPATED_IN Meeting event possible"}},
		{"a meeting with envoys before a goal stays a meeting",
			"Vladimir Putin met with Emmanuel Macron to set a target for the talks.",
			[]string{"Emmanuel Macron MET_WITH Vladimir Putin asserted"}, nil},
	})
}
