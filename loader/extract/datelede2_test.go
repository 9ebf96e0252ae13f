package extract

import "testing"

// TestLedeDayOfAddress checks that a televised address told after the lede
// takes the lede's day, and that a day the lede sets ahead dates nothing.
// 2026-11-03 is a Tuesday.
func TestLedeDayOfAddress(t *testing.T) {
	runFirstDayCases(t, "2026-11-03", []firstDayCase{
		{"lede's day", "Portuguese President Rui Tavares dissolved parliament on Monday.\n\n\"The country needs a fresh start,\" Tavares said in a televised address from Belem palace.", "Statement", "2026-11-02"},
		{"a day set ahead first", "Portuguese President Rui Tavares called a snap vote for Feb. 8 on Monday.\n\n\"The country needs a fresh start,\" Tavares said in a televised address from Belem palace.", "Statement", "2026-11-02"},
	})
}

// TestFinerDayInClause checks that a day told in an event's own clause
// replaces a coarser time the event took from earlier in the sentence.
func TestFinerDayInClause(t *testing.T) {
	g := analyse(t, "The ban follows a Red Cross report last week which said 14 villagers were killed when gunmen attacked a market near Gao on April 28.", "2026-05-11").output()
	for _, r := range g.Events {
		if e := r.Event; e.Type == "Attack" {
			if got, want := e.Date.Day(), "2026-04-28"; got != want {
				t.Errorf("%q: got day %q, want %q", e.Name, got, want)
			}
			return
		}
	}
	t.Errorf("got no attack, want one")
}
