package extract

import "testing"

// TestAttackRetoldInItsState checks that an attack first placed only in
// its state joins the retelling that names the district, when the
// retelling points back with "the attackers" or "the assault".
func TestAttackRetoldInItsState(t *testing.T) {
	tests := []claimCase{
		{"the attackers of the lede fired in a district of its state",
			"Gunmen killed four miners at a copper mine in northern Zambia, police said on Friday.\n\nThe attackers fired on the miners' camp in the Kalulu district late on Wednesday, wounding six others.",
			[]string{"Attack event OCCURRED_IN Kalulu district asserted", "Attack event OCCURRED_IN Zambia asserted"}, nil},
	}
	runClaimCases(t, "2026-01-23", tests)
	d := analyse(t, tests[0].text, "2026-01-23")
	attacks := 0
	for _, e := range d.events {
		if isAttack(e) {
			attacks++
		}
	}
	if attacks != 1 {
		t.Errorf("got %d attacks, want the one retold", attacks)
	}
}
