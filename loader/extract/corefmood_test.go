package extract

import "testing"

// TestCorefMood keeps apart events that a later mention only threatens,
// names as the next of their kind, or calls a riposte, and still joins a
// plain retelling.
func TestCorefMood(t *testing.T) {
	tests := []struct {
		name string
		text string
		typ  string
		want int // events of the type
		told int // sentences the first of them is told in
	}{
		{"the next election is another vote",
			"Voters in Moldova elected Ana Varlan president in a runoff on Sunday. Her rival conceded and vowed to win the next parliamentary election.",
			"Election", 2, 1},
		{"further strikes threatened are not the strike reported",
			"Israeli jets struck a weapons depot near Homs on Monday, killing four people. Israel warned it would carry out further strikes if the transfers continued.",
			"Attack", 0, 1},
		{"a counter-attack is a blow of its own",
			"Militants attacked an army base near Gao on Friday, killing 11 soldiers. The army said 30 militants were killed in the counter-attack.",
			"Attack", 0, 1},
		{"the attack retold stays one",
			"Militants attacked an army base near Gao on Friday, killing 11 soldiers. The government condemned the attack.",
			"Attack", 1, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2025-04-18").output()
			n, told := 0, 0
			for _, r := range g.Events {
				if string(r.Event.Type) != tt.typ {
					continue
				}
				if n++; n == 1 {
					told = len(r.Evidence)
				}
			}
			// A threat or riposte with no party of its own may be left
			// out of the output; what counts is that it did not join.
			if tt.want > 0 && n != tt.want {
				t.Errorf("got %d %s events, want %d", n, tt.typ, tt.want)
			}
			if told != tt.told {
				t.Errorf("got the first %s told in %d sentences, want %d", tt.typ, told, tt.told)
			}
		})
	}
}

// TestFreshPointsBack keeps "the fresh duties" on the duties just reported.
func TestFreshPointsBack(t *testing.T) {
	g := analyse(t, "Mexico imposed tariffs of 15% on Brazilian steel on Monday. Announcing the fresh duties, the trade ministry said talks had failed.", "2025-04-18").output()
	n := 0
	for _, r := range g.Events {
		if string(r.Event.Type) == "Sanction" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("got %d sanctions, want 1", n)
	}
}
