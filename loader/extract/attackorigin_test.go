package extract

import "testing"

// TestAttackOrigin keeps the attacker apart from the place attackers came
// from and from the body that reports the attack, and reads vehicle bombs.
func TestAttackOrigin(t *testing.T) {
	runClaimCases(t, "2025-04-16", []claimCase{
		{"a state crossed from is no attacker",
			"Gunmen who crossed from Pakistan killed four Iranian border guards in Saravan on Tuesday, officials said.",
			[]string{"Attack event OCCURRED_IN Saravan asserted"},
			[]string{"Pakistan PERPETRATED Attack event asserted"}},
		{"a state the gunmen are in is no attacker",
			"Insurgents in Mozambique's Cabo Delgado province attacked a village on Monday, police said.",
			[]string{"Attack event OCCURRED_IN Cabo Delgado asserted"},
			[]string{"Mozambique PERPETRATED Attack event asserted"}},
		{"they are the gunmen, not the army quoted",
			"Suspected separatist fighters killed nine people when they opened fire on a minibus near Bafut on Monday, the Cameroonian army said.",
			[]string{"Attack event OCCURRED_IN Bafut asserted"},
			[]string{"Cameroonian army PERPETRATED Attack event asserted"}},
		{"a group that says it struck is the striker",
			"The Houthi movement said it had fired two missiles at Eilat on Sunday.",
			[]string{"Houthis PERPETRATED Attack event asserted"},
			nil},
		{"a truck bomb is an attack",
			"A truck bomb killed at least nine people outside a market in Mogadishu on Monday.",
			[]string{"Attack event OCCURRED_IN Mogadishu asserted"},
			nil},
	})
}
