package extract

import "testing"

// TestBallotDates holds that what a sentence tells of the voting takes the
// election's day. 2026-03-10 is a Tuesday.
func TestBallotDates(t *testing.T) {
	const lede = "Peruvians voted in a presidential election on Sunday, with early results pointing to a runoff.\n\n"
	tests := []struct {
		name string
		text string
		day  string // of the attack, "" for none
	}{
		{"voting was marred", lede + "Voting was marred by violence in the Puno region, where gunmen attacked a polling station and killed a police officer.", "2026-03-08"},
		{"the vote was disrupted", lede + "The vote was also disrupted in Ayacucho, where rebels attacked an army patrol guarding ballot boxes.", "2026-03-08"},
		{"a day of its own", lede + "Voting was calm, but on Monday gunmen attacked an army patrol guarding ballot boxes in Ayacucho.", "2026-03-09"},
		{"no voting opener", lede + "In the Puno region, gunmen attacked a polling station and killed a police officer.", ""},
		{"future voting", "Peruvians will vote in a presidential election on Sunday.\n\nVoting was postponed in Puno after gunmen attacked a polling station.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2026-03-10").output()
			for _, r := range g.Events {
				if e := r.Event; e.Type == "Attack" {
					if e.Date.Day() != tt.day {
						t.Errorf("%s %q: got day %q, want %q", e.Type, e.Name, e.Date.Day(), tt.day)
					}
					return
				}
			}
			t.Errorf("got no attack, want one")
		})
	}
}
