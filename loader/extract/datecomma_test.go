package extract

import "testing"

// TestCommaSetsOffDay holds that a day goes to the event told in its own
// clause, not to a nearer one a comma sets off, and that a ", which"
// clause telling an event's act dates it. 2026-03-05 is a Thursday.
func TestCommaSetsOffDay(t *testing.T) {
	runFirstDayCases(t, "2026-03-05", []firstDayCase{
		{"strike before the comma", "Israeli strikes killed 12 people in Gaza on Monday, testing the ceasefire that took effect in October.", "Attack", "2026-03-02"},
		{"only mention after the comma", "On Monday, Israeli strikes killed 12 people in Gaza.", "Attack", "2026-03-02"},
		{"which clause tells the act", "In a statement on Tuesday, Kenya's foreign ministry condemned the attack in Mandera, which killed 12 people on Sunday.", "Attack", "2026-03-01"},
		{"which clause tells another's act", "Kenya condemned the attack on Kenyan troops in Mandera, which Somalia's government blamed on al-Shabaab on Monday.", "Attack", ""},
	})
}
