package extract

import "testing"

func TestCounts(t *testing.T) {
	type want struct {
		injured   bool
		value     int
		qualifier string
		min       int
		vague     bool
		text      string
	}
	tests := []struct {
		text string
		want []want
	}{
		{"A strike killed at least 41 and injured over 120.", []want{{false, 41, "at least", 41, false, "at least 41"}, {true, 120, "more than", 121, false, "over 120"}}},
		{"At least 17 miners, including a boy, were killed.", []want{{false, 17, "at least", 17, false, "At least 17"}}},
		{"Medics reported 19 deaths and 62 injuries.", []want{{false, 19, "", 19, false, "19"}, {true, 62, "", 62, false, "62"}}},
		{"It followed the killing of 9 herders by bandits.", []want{{false, 9, "", 9, false, "9"}}},
		{"Dozens were wounded in the shelling.", []want{{true, 0, "", 24, true, "Dozens"}}},
		{"About fifty people died.", []want{{false, 50, "about", 0, false, "About fifty"}}},
		{"Three civilians were killed.", []want{{false, 3, "", 3, false, "Three"}}},
		{"Clashes in which 20 soldiers and at least four police officers were killed.", []want{{false, 24, "at least", 24, false, "20 soldiers and at least four"}}},
		{"Twelve people died and 30 were wounded.", []want{{false, 12, "", 12, false, "Twelve"}, {true, 30, "", 30, false, "30"}}},
		{"About 40 fighters and 3 civilians were killed.", []want{{false, 3, "", 3, false, "3"}}},
		{"The army fired 440 drones and killed no one.", nil},
		{"At least 25 people, including 6 firefighters, were injured in the blaze.", []want{{true, 25, "at least", 25, false, "At least 25"}}},
		{"Bandits raided the camp, killing at least 8 soldiers and a local vigilante.", []want{{false, 9, "at least", 9, false, "at least 8 soldiers and a local vigilante"}}},
		{"The blast killed three policemen and two civilians.", []want{{false, 5, "", 5, false, "three policemen and two civilians"}}},
		{"The raid killed 17 soldiers and wounded 30.", []want{{false, 17, "", 17, false, "17"}, {true, 30, "", 30, false, "30"}}},
		{"Gunmen killed at least a dozen villagers.", []want{{false, 12, "at least", 12, false, "at least a dozen"}}},
		{"The bombing killed two dozen recruits.", []want{{false, 24, "", 24, false, "two dozen"}}},
		{"LAGOS, Oct 7 (Reuters) - Gunmen killed villagers in a raid on Sunday.", nil},
		{"QUITO, Feb 3, 2025 (AFP) - The death toll from Saturday's bombing went up, officials said.", nil},
		{"Turnout was 53 percent and nobody was hurt.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			d := analyse(t, tt.text, "2025-01-01")
			if len(d.counts) != len(tt.want) {
				t.Fatalf("got %d figures %+v, want %d", len(d.counts), d.counts, len(tt.want))
			}
			for i, w := range tt.want {
				c := d.counts[i]
				got := want{c.injured, c.count.Value, c.count.Qualifier, c.count.Min, c.count.Vague, c.count.Text}
				if got != w {
					t.Errorf("figure %d: got %+v, want %+v", i, got, w)
				}
			}
		})
	}
}

// TestTollEvent holds which event a toll goes to. 2025-04-18 is a Friday.
func TestTollEvent(t *testing.T) {
	tests := []struct {
		name            string
		text            string
		typ             string
		killed, injured int // -1 for none
	}{
		{"clashes told after a protest are the protest's",
			"Thousands of teachers marched on parliament in Lusaka on Thursday to demand back pay.\n\nAt least 25 people, including 4 police officers, were injured in the clashes, police said.",
			"Protest", -1, 25},
		{"a dateline day is not a toll",
			"LILONGWE, Oct 7 (AFP) - Police officers were killed in an attack on a police station in Malawi on Sunday.",
			"Attack", -1, -1},
		{"a toll of two groups joined by and",
			"Gunmen attacked a police post in Mchinji district on Sunday, killing four officers and a local guard, police said.",
			"Attack", 5, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkToll(t, tt.text, tt.typ, tt.killed, tt.injured)
		})
	}
}

// checkToll extracts text and checks the killed and injured figures (-1
// for none) of its first event of type typ.
func checkToll(t *testing.T, text, typ string, killed, injured int) {
	t.Helper()
	g := analyse(t, text, "2025-04-18").output()
	for _, r := range g.Events {
		if e := r.Event; string(e.Type) == typ {
			if got := countValue(e.Killed); got != killed {
				t.Errorf("got killed %d, want %d", got, killed)
			}
			if got := countValue(e.Injured); got != injured {
				t.Errorf("got injured %d, want %d", got, injured)
			}
			return
		}
	}
	t.Errorf("got no %s event, want one", typ)
}
