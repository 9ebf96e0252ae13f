package extract

import "testing"

func TestFormerOffice(t *testing.T) {
	tests := []claimCase{
		{"a former head of state before a demonym heads it no more",
			"The mission was headed by former Chilean President Ana Rojas.",
			nil, []string{"Ana Rojas LEADS Chile asserted", "Ana Rojas AFFILIATED_WITH Chile asserted"}},
		{"a former head of state after a possessive serves it no more",
			"Peru's former president Ana Rojas won the election on Sunday.",
			nil, []string{"Ana Rojas LEADS Peru asserted", "Ana Rojas AFFILIATED_WITH Peru asserted"}},
		{"a former party leader stays with the party",
			"Former Liberal Party leader Ana Rojas won the runoff on Sunday.",
			[]string{"Ana Rojas AFFILIATED_WITH Liberal Party asserted"}, []string{"Ana Rojas LEADS Liberal Party asserted"}},
		{"a former envoy still belongs to the state he served",
			"Luis Mora, a former Chilean envoy to Peru, said the talks had failed.",
			[]string{"Luis Mora AFFILIATED_WITH Chile asserted"}, nil},
		{"a sitting head of state leads it",
			"Chilean President Ana Rojas won the election on Sunday.",
			[]string{"Ana Rojas LEADS Chile asserted"}, nil},
	}
	runClaimCases(t, "2026-01-10", tests)
}
