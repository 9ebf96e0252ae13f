package extract

import "testing"

// TestDefiniteRecall holds that "after the call on Thursday" dates the
// talks told before, and "after the ceremony on Friday" the accord signed
// there. 2026-03-07 is a Saturday.
func TestDefiniteRecall(t *testing.T) {
	tests := []struct {
		name string
		text string
		typ  string
		day  string // of the first event of typ, "" for none
	}{
		{"after the call", "Chilean President Gabriel Boric said Argentine President Javier Milei had agreed to reopen the border after the two leaders spoke by phone.\n\nBoric wrote on X after the call on Thursday evening that trade would resume.", "Meeting", "2026-03-05"},
		{"during the call", "Chilean President Gabriel Boric and Argentine President Javier Milei spoke by phone about the border.\n\nBoric said during the call on Thursday that trade would resume.", "Meeting", "2026-03-05"},
		{"after the ceremony", "Chilean President Gabriel Boric and Argentine President Javier Milei have signed a border agreement in Santiago.\n\nThe two leaders posed for photographs after the ceremony on Friday.", "Agreement", "2026-03-06"},
		{"a verb before the noun", "Chilean President Gabriel Boric and Argentine President Javier Milei spoke by phone about the border.\n\nCongress criticised the call on Thursday.", "Meeting", ""},
		{"no day after the noun", "Chilean President Gabriel Boric and Argentine President Javier Milei spoke by phone about the border.\n\nBoric wrote after the call that trade would resume.", "Meeting", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2026-03-07").output()
			for _, r := range g.Events {
				if e := r.Event; string(e.Type) == tt.typ {
					if e.Date.Day() != tt.day {
						t.Errorf("%s %q: got day %q, want %q", e.Type, e.Name, e.Date.Day(), tt.day)
					}
					return
				}
			}
			t.Errorf("got no %s, want one", tt.typ)
		})
	}
}
