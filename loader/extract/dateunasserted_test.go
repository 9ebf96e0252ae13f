package extract

import "testing"

// TestDayPassesUnattachedMention checks that a day told after a meeting
// still ahead dates that meeting when a later, unattached word ("to
// discuss the trade agreement") would otherwise claim it and drop it.
// 2026-08-04 is a Tuesday.
func TestDayPassesUnattachedMention(t *testing.T) {
	tests := []struct {
		name, text, day string
	}{
		{"due to meet, then a topic", "Commerce Minister Hana Okoye is due to meet Finance Minister Pavel Rusu in Geneva on Thursday to discuss the customs agreement.", "2026-08-06"},
		{"due to meet alone", "Commerce Minister Hana Okoye is due to meet Finance Minister Pavel Rusu in Geneva on Thursday.", "2026-08-06"},
		{"will meet, then a topic", "Commerce Minister Hana Okoye will meet Finance Minister Pavel Rusu on Friday to discuss the customs agreement.", "2026-08-07"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2026-08-04").output()
			for _, r := range g.Events {
				if e := r.Event; e.Type == "Meeting" {
					if e.Date.Day() != tt.day {
						t.Errorf("%q: got day %q, want %q", e.Name, e.Date.Day(), tt.day)
					}
					return
				}
			}
			t.Errorf("got no meeting, want one")
		})
	}
}
