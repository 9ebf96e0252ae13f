package extract

import "testing"

// TestTalksClauseDates checks that accords told in a clause hung on dated
// talks take the talks' day, and that a clause of another kind does not
// pass it on. 2026-05-28 is a Thursday.
func TestTalksClauseDates(t *testing.T) {
	tests := []struct {
		name, text, day string
	}{
		{"during which", "Kenyan President Amina Wekesa held talks with Ghanaian President Kofi Mensah in Nairobi on Wednesday, during which the two leaders signed nine agreements on trade and energy.", "2026-05-27"},
		{"at which", "Kenyan President Amina Wekesa met Ghanaian President Kofi Mensah in Nairobi on Wednesday, at which the two sides signed nine agreements on trade and energy.", "2026-05-27"},
		{"another clause", "Kenyan President Amina Wekesa held talks with Ghanaian President Kofi Mensah in Nairobi on Wednesday, and the two countries signed nine agreements on trade and energy in 2019.", "2019"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2026-05-28").output()
			for _, r := range g.Events {
				if e := r.Event; e.Type == "Agreement" {
					got := e.Date.Day()
					if got == "" {
						got = e.Date.Start
					}
					if len(tt.day) == 4 && len(got) >= 4 {
						got = got[:4]
					}
					if got != tt.day {
						t.Errorf("%q: got %q, want %q", e.Name, got, tt.day)
					}
					return
				}
			}
			t.Errorf("got no agreement, want one")
		})
	}
}
