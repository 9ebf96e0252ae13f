package extract

import "testing"

// TestDayPassesUnattachedMention checks that a day told after a meeting
// still ahead dates that meeting when a later, unattached word ("to
// discuss the trade agreement") would otherwise claim it and drop it.
// 2026-08-04 is a Tuesday.
func TestDayPassesUnattachedMention(t *testing.T) {
	runFirstDayCases(t, "2026-08-04", []firstDayCase{
		{"due to meet, then a topic", "Commerce Minister Hana Okoye is due to meet Finance Minister Pavel Rusu in Geneva on Thursday to discuss the customs agreement.", "Meeting", "2026-08-06"},
		{"due to meet alone", "Commerce Minister Hana Okoye is due to meet Finance Minister Pavel Rusu in Geneva on Thursday.", "Meeting", "2026-08-06"},
		{"will meet, then a topic", "Commerce Minister Hana Okoye will meet Finance Minister Pavel Rusu on Friday to discuss the customs agreement.", "Meeting", "2026-08-07"},
	})
}
