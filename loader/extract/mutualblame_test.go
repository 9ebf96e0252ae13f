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

// TestJudgedOwners covers a name that only qualifies the one judged: the
// owner of a named party, a person whose government is judged, a name in
// a role after "as", and the owner of an observer mission that judges.
func TestJudgedOwners(t *testing.T) {
	runClaimCases(t, "2026-03-02", []claimCase{
		{"the owner of a named party",
			"President Cyril Ramaphosa campaigned in Limpopo on Sunday. Opposition leader Julius Malema accused Ramaphosa's African National Congress of buying votes.",
			[]string{"Julius Malema CRITICIZED African National Congress asserted"},
			[]string{"Julius Malema CRITICIZED Cyril Ramaphosa asserted"}},
		{"a person's government",
			"President Recep Tayyip Erdogan spoke in Ankara on Monday. Opposition leader Ozgur Ozel accused Erdogan's government of silencing the press.",
			nil, []string{"Ozgur Ozel CRITICIZED Recep Tayyip Erdogan asserted"}},
		{"a body in a role after as",
			"Former Chilean president Michelle Ortega is running for UN secretary-general. US Senator Ted Cruz criticised Ortega's record as UN refugee chief.",
			[]string{"Ted Cruz CRITICIZED Michelle Ortega asserted"},
			[]string{"Ted Cruz CRITICIZED United Nations asserted"}},
		{"the owner of an observer mission judges",
			"The African Union's observer mission criticised ZANU-PF's use of state media during the campaign.",
			[]string{"African Union CRITICIZED ZANU-PF asserted"}, nil},
	})
}
