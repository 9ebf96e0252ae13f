package extract

import "testing"

// TestAttackOccasion holds a killing told with "in an attack" on a narrower
// place as one attack, and a target named again with "the" as the same
// raid, apart from a second attack a clause or a day of its own tells.
func TestAttackOccasion(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		attacks int
		date    string // the first attack's day
	}{
		{"the verb's wide place and the noun's narrow one",
			"Militants in Ruritania's Vesna province shot dead five guards in an attack on a border post in Kolrad county on Friday, officials said.",
			1, "2025-04-18"},
		{"a clause between opens another attack",
			"Militants in Ruritania's Vesna province shot dead five guards on Friday after troops arrived in an attack on a border post in Kolrad county, officials said.",
			2, "2025-04-18"},
		{"the post fired on is the post attacked",
			"Militants killed five guards in an attack on a border post in Kolrad county on Friday. Gunmen opened fire on the post in Veshi district before dawn, a spokesman said.",
			1, "2025-04-18"},
		{"another post is another attack",
			"Militants killed five guards in an attack on a border post in Kolrad county on Friday. Gunmen opened fire on a police post in Veshi district on Sunday, a spokesman said.",
			2, "2025-04-18"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2025-04-19").output()
			n := 0
			for _, r := range g.Events {
				if string(r.Event.Type) != "Attack" {
					continue
				}
				n++
				if n == 1 && r.Event.Date.Start != tt.date {
					t.Errorf("got date %v, want %s", r.Event.Date, tt.date)
				}
			}
			if n != tt.attacks {
				t.Errorf("got %d attacks, want %d", n, tt.attacks)
			}
		})
	}
}

// TestVisitOccasion holds a visit made for talks or a summit as one
// meeting, though the visit names the host and the talks the other side.
func TestVisitOccasion(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		meetings int
	}{
		{"a visit for talks with the host",
			"Ruritania's president Ivo Marek visited the Kremlin for talks with President Vladimir Putin, officials said.",
			1},
		{"a visit for a summit named by its body",
			"Marek last visited Jakarta in June for the ASEAN summit.",
			1},
		{"talks told in a sentence of their own stay apart",
			"Marek visited Jakarta in June. Putin later flew to Ankara for talks with Erdogan.",
			2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2025-04-19").output()
			n := 0
			for _, r := range g.Events {
				if string(r.Event.Type) == "Meeting" {
					n++
				}
			}
			if n != tt.meetings {
				t.Errorf("got %d meetings, want %d", n, tt.meetings)
			}
		})
	}
}
