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
		{"A strike killed at least 34 and injured over 100.", []want{{false, 34, "at least", 34, false, "at least 34"}, {true, 100, "more than", 101, false, "over 100"}}},
		{"At least 15 people, including a child, were killed.", []want{{false, 15, "at least", 15, false, "At least 15"}}},
		{"Officials confirmed 14 deaths and 60 injuries.", []want{{false, 14, "", 14, false, "14"}, {true, 60, "", 60, false, "60"}}},
		{"It avenged the killing of 26 people by gunmen.", []want{{false, 26, "", 26, false, "26"}}},
		{"Dozens were wounded in the shelling.", []want{{true, 0, "", 24, true, "Dozens"}}},
		{"About fifty people died.", []want{{false, 50, "about", 0, false, "About fifty"}}},
		{"Three civilians were killed.", []want{{false, 3, "", 3, false, "Three"}}},
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
