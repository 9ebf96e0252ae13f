package extract

import "testing"

func TestConditionDemandWithoutMainEvent(t *testing.T) {
	runClaimCases(t, "2026-03-10", []claimCase{
		{"only if with no event waiting on it",
			`Prime Minister Lars Holm said Denmark would join the mission only if Washington first lifted its tariffs on Danish steel.`,
			[]string{"Lars Holm DEMANDED Other event asserted"}, nil},
		{"only once asks for the condition",
			`Turkey said trade could resume only once the PKK had been fully disarmed.`,
			[]string{"Turkey DEMANDED Other event asserted"}, nil},
		{"a bare once is no demand",
			`Turkey said trade could resume once the PKK had been fully disarmed.`,
			nil, []string{"Turkey DEMANDED Other event asserted"}},
	})
}
