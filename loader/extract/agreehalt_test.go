package extract

import "testing"

func TestAgreedHalt(t *testing.T) {
	tests := []claimCase{
		{"an agreement to halt fighting is a ceasefire",
			"Peru and Chile agreed on Monday to halt the fighting along their border.",
			[]string{"Peru AGREED Ceasefire event asserted", "Chile AGREED Ceasefire event asserted"},
			[]string{"Peru PERPETRATED Attack event asserted"}},
		{"a span of time before the fighting",
			"Ghana and Togo agreed last year to stop three weeks of clashes.",
			[]string{"Ghana AGREED Ceasefire event asserted", "Togo AGREED Ceasefire event asserted"}, nil},
		{"attacks on power plants stopped",
			"Ghana and Togo agreed to suspend attacks on each other's power plants.",
			[]string{"Ghana AGREED Ceasefire event asserted"}, []string{"Ghana PERPETRATED Attack event asserted"}},
		{"an agreement to reopen the border stays an agreement",
			"Ghana and Togo agreed to reopen the border.",
			[]string{"Ghana AGREED Agreement event asserted"}, []string{"Ghana AGREED Ceasefire event asserted"}},
		{"a halt demanded is not agreed",
			"The United Nations urged Ghana to halt the fighting.",
			nil, []string{"Ghana AGREED Ceasefire event asserted"}},
	}
	runClaimCases(t, "2026-01-10", tests)
}
