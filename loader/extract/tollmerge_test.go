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
			"MOMBASA, March 5 - A truce held in Mombasa on Friday after three days of fighting between rival gangs killed at least 14 people.",
			14, -1},
		{"clashes in named districts are the fighting in the city",
			"A truce held in Mombasa on Friday after three days of fighting between rival militias killed at least 9 people.\n\nThe clashes erupted on Monday night in the Kwa Mbele and Tudor Ndogo districts. More than 20 people were wounded, the health ministry said.",
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

// TestTollRise holds the figures a death toll reaches, and tolls told in
// a disaster's sentence.
func TestTollRise(t *testing.T) {
	tests := []struct {
		name            string
		text            string
		typ             string
		killed, injured int // -1 for none
	}{
		{"a toll that rose to a figure before a day",
			"The death toll from Friday's bombing of a market in Garissa rose to 27 on Sunday, police said.",
			"Attack", 27, -1},
		{"a toll that stood at a figure",
			"The death toll from the suicide attack in Garissa stood at 12, with 30 people wounded.",
			"Attack", 12, 30},
		{"a toll rising by a figure gives none",
			"The death toll from the suicide attack in Garissa rose by five overnight.",
			"Attack", -1, -1},
		{"a toll that rose to hundreds gives no figure",
			"The death toll from the suicide attack in Garissa rose to hundreds.",
			"Attack", -1, -1},
		{"an earthquake's toll and injured",
			"The death toll from an earthquake that struck Sumatra on Sunday climbed to 45, with more than 200 people injured.",
			"Other", 45, 200},
		{"a landslide's injured",
			"A landslide buried homes in Kisii on Monday, injuring 12 people.",
			"Other", -1, 12},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkToll(t, tt.text, tt.typ, tt.killed, tt.injured)
		})
	}
}
