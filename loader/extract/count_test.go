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
