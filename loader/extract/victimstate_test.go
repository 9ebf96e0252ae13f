package extract

import "testing"

func TestNamesVictims(t *testing.T) {
	tests := []claimCase{
		{"the victims' nationality is not where they were killed",
			"Gunmen killed four Turkish workers at a dam site in northern Iraq on Monday, officials said.",
			[]string{"Attack event OCCURRED_IN Iraq asserted"},
			[]string{"Attack event OCCURRED_IN Turkey asserted"}},
		{"who operates a site struck is not where it stands",
			"A drone struck a Turkish-run factory in northern Iraq on Monday, officials said.",
			nil, []string{"Attack event OCCURRED_IN Turkey asserted"}},
		{"a state's positions struck are in that state",
			"Rebels attacked Malian positions on Monday, the army said.",
			[]string{"Attack event OCCURRED_IN Mali asserted"}, nil},
		{"the state of soldiers killed did not strike",
			"Three Chadian soldiers were killed when their jeep hit a landmine near Bol on Friday, the army said.",
			[]string{"Attack event OCCURRED_IN Bol asserted"},
			[]string{"Chad PERPETRATED Attack event asserted"}},
		{"the state of troops who killed did strike",
			"Chadian troops killed 12 militants in a raid near Bol on Friday, the army said.",
			[]string{"Chad PERPETRATED Attack event asserted"}, nil},
	}
	runClaimCases(t, "2026-01-10", tests)
}
