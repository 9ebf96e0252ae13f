package extract

import "testing"

// TestAskedClause covers a clause of asking joined after an event word: the
// state asked there is neither where the event happened nor a party to it.
func TestAskedClause(t *testing.T) {
	tests := []claimCase{
		{"a state called on after a condemned strike is not its place",
			`A missile hit a hospital in Kherson on Friday, killing four people. The mayor of Kherson, Olena Bilyk, condemned the attack and called on Germany to send more air defences.`,
			[]string{"Olena Bilyk DEMANDED Germany asserted"},
			[]string{"Attack event OCCURRED_IN Germany asserted", "Olena Bilyk CONDEMNED Germany asserted"}},
		{"a state urged after a comma is not the place either",
			`A car bomb exploded in Mogadishu on Friday. Somali President Ali Hassan condemned the bombing, urging Kenya to tighten border controls.`,
			[]string{"Ali Hassan DEMANDED Kenya asserted"},
			[]string{"Attack event OCCURRED_IN Kenya asserted"}},
		{"a place after the event word still counts",
			`Militants attacked a police post in Garissa and killed three officers.`,
			[]string{"Attack event OCCURRED_IN Garissa asserted"}, nil},
	}
	runClaimCases(t, "2025-05-20", tests)
}
