package extract

import "testing"

// TestMutualBlame covers blame laid by each of two sides on the other, a
// thing's demonym that is no subject of a later verb of blame, and "the
// government" judged with no name of its own.
func TestMutualBlame(t *testing.T) {
	runClaimCases(t, "2026-03-02", []claimCase{
		{"two states blame each other",
			"A dam on the border burst on Sunday. Ankara and Tehran blamed each other for the collapse.",
			[]string{"Turkey CRITICIZED Iran asserted", "Iran CRITICIZED Turkey asserted"}, nil},
		{"two states accuse one another",
			"Fighting flared on the frontier on Friday. Armenia and Azerbaijan accused one another of breaking the truce.",
			[]string{"Armenia CRITICIZED Azerbaijan asserted", "Azerbaijan CRITICIZED Armenia asserted"}, nil},
		{"a demonym qualifying a thing is no subject",
			"Venezuelan Foreign Minister Yvan Gil denied that Venezuelan airspace had served as a launch route against Colombia, and blamed Bogota for the crisis.",
			[]string{"Yvan Gil CRITICIZED Colombia asserted"},
			[]string{"Venezuela CRITICIZED Colombia asserted"}},
		{"the government is the state the report opens on",
			"NAIROBI (Reuters) - Kenya raised fuel taxes on Tuesday. The opposition Orange Democratic Movement criticised the government, saying the poor would pay most.",
			[]string{"Orange Democratic Movement CRITICIZED Kenya asserted"}, nil},
		{"a charge on the government is laid on its body",
			"NAIROBI (Reuters) - Kenya raised fuel taxes on Tuesday. The opposition Orange Democratic Movement accused the government of hiding the figures.",
			nil, []string{"Orange Democratic Movement CRITICIZED Kenya asserted"}},
	})
}
