package extract

import "testing"

// TestBlamePhrases covers criticism told by phrasal verbs, by a
// disappointment, by a complaint and by a verb whose object stands before
// a relative pronoun.
func TestBlamePhrases(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string
		absent []string
	}{
		{"lashing out at a body",
			"Slovak Prime Minister Robert Fico lashed out at the European Commission on Thursday.",
			[]string{"Robert Fico CRITICIZED European Commission asserted"}, nil},
		{"hitting out at a state over a policy",
			"Serbian President Aleksandar Vucic hit out at Croatia on Friday over its arms purchases.",
			[]string{"Aleksandar Vucic CRITICIZED Croatia asserted"}, nil},
		{"taking aim at a state in a speech criticises the state, not the speech",
			"Lithuanian President Gitanas Nauseda took aim at Belarus in a speech on Monday.",
			[]string{"Gitanas Nauseda CRITICIZED Belarus asserted"},
			[]string{"Gitanas Nauseda CRITICIZED Statement event asserted"}},
		{"hitting a target is no criticism",
			"Ukrainian drones hit an oil depot in Russia on Sunday.",
			nil, []string{"Ukraine CRITICIZED Russia asserted"}},
		{"disappointed by another's response",
			"Chilean President Gabriel Boric said he was disappointed by Peru's response.",
			[]string{"Gabriel Boric CRITICIZED Peru asserted"}, nil},
		{"a complaint about another state",
			"China sent patrol ships to the reef in May. Vietnam complained that Chinese coast guard ships had entered its waters.",
			[]string{"Vietnam CRITICIZED China asserted"}, nil},
		{"a complaint naming no one",
			"Vietnam complained that the fishing season had been too short.",
			nil, []string{"Vietnam CRITICIZED China asserted"}},
		{"condemning an event named before the relative pronoun",
			"Azerbaijan shelled villages in Armenia on Tuesday, which France condemned as a violation of the truce.",
			[]string{"France CONDEMNED Attack event asserted"}, nil},
		{"a judged noun goes back to the event of its kind, over talks named since",
			"Iran test-fired a cruise missile on Sunday. Oman's foreign minister, who has pressed for talks with Tehran, called the launch \"deeply regrettable\".",
			[]string{"Oman CRITICIZED Other event asserted"},
			[]string{"Oman CRITICIZED Meeting event asserted"}},
		{"a verb with its own object after the pronoun",
			"Officials spoke after the summit in Lusaka that Zambia rejected the loan terms.",
			nil, []string{"Zambia REJECTED Meeting event asserted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2025-04-16", tt.want, tt.absent)
		})
	}
}
