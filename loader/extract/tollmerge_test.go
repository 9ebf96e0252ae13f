package extract

import "testing"

// TestTollOfOneFight holds tolls told across sentences that report one
// fight: each must reach the single attack event the article tells.
func TestTollOfOneFight(t *testing.T) {
	tests := []struct {
		name            string
		text            string
		killed, injured int // -1 for none
	}{
		{"a dateline's month is no march",
			"MOMBASA, March 5 - A truce held in Mombasa on Thursday after two days of fighting between rival armed groups killed at least 14 people.",
			14, -1},
		{"clashes in named districts are the fighting in the city",
			"A truce held in Mombasa on Thursday after two days of fighting between rival militias killed at least 9 people.\n\nThe clashes erupted on Monday night in the Kwa Mbele and Tudor Ndogo districts. More than 20 people were wounded, the health ministry said.",
			9, 20},
		{"a day told with the outlet dates the telling",
			"Soldiers clashed with rebels near Garissa on Saturday.\n\n\"More than 30 of our men were killed in the shelling,\" a rebel commander told Reuters by phone on Monday.",
			30, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2025-03-05").output()
			var n int
			for _, r := range g.Events {
				e := r.Event
				if e.Type == "Protest" {
					t.Errorf("got protest %q, want none", e.Name)
				}
				if e.Type != "Attack" {
					continue
				}
				n++
				if got := countValue(e.Killed); got != tt.killed {
					t.Errorf("%s: got killed %d, want %d", e.Name, got, tt.killed)
				}
				if got := countValue(e.Injured); got != tt.injured {
					t.Errorf("%s: got injured %d, want %d", e.Name, got, tt.injured)
				}
			}
			if n != 1 {
				t.Errorf("got %d attack events, want 1", n)
			}
		})
	}
}
