package extract

import "testing"

// TestDefiniteRecall holds that "after the call on Thursday" dates the
// talks told before, and "after the ceremony on Friday" the accord signed
// there. 2026-03-07 is a Saturday.
func TestDefiniteRecall(t *testing.T) {
	runFirstDayCases(t, "2026-03-07", []firstDayCase{
		{"after the call", "Chilean President Gabriel Boric said Argentine President Javier Milei had agreed to reopen the border after the two leaders spoke by phone.\n\nBoric posted on X after the call on Thursday night that trade would resume.", "Meeting", "2026-03-05"},
		{"during the call", "Chilean President Gabriel Boric and Argentine President Javier Milei spoke by phone about the border.\n\nBoric said during the call on Thursday that trade would resume.", "Meeting", "2026-03-05"},
		{"after the ceremony", "Chilean President Gabriel Boric and Argentine President Javier Milei have signed a border agreement in Santiago.\n\nThe two leaders posed for photographs after the ceremony on Friday.", "Agreement", "2026-03-06"},
		{"a verb before the noun", "Chilean President Gabriel Boric and Argentine President Javier Milei spoke by phone about the border.\n\nCongress criticised the call on Thursday.", "Meeting", ""},
		{"no day after the noun", "Chilean President Gabriel Boric and Argentine President Javier Milei spoke by phone about the border.\n\nBoric wrote after the call that trade would resume.", "Meeting", ""},
	})
}
