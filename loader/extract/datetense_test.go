package extract

import "testing"

// TestDayBeforeTheFutureTurn checks that a day a finished act governs stays
// in the past when the sentence only later turns to what lies ahead, and
// that a day owning a noun ("from Sunday's vote") is no bound.
func TestDayBeforeTheFutureTurn(t *testing.T) {
	// 2025-04-16 is a Wednesday.
	const pub = "2025-04-16"
	tests := []struct {
		text   string
		phrase string
		start  string
		bound  bool
	}{
		{"The envoy held long talks with Foreign Minister Anna van der Berg on Monday and is scheduled to fly home.",
			"on Monday", "2025-04-14", false},
		{"The general, who inspected the damaged barracks near the northern border on Tuesday, vowed the army will respond.",
			"on Tuesday", "2025-04-15", false},
		{"Ruritania recalled its ambassador on Tuesday and cancelled a planned trade mission.",
			"on Tuesday", "2025-04-15", false},
		{"The two candidates will meet in a second round after neither won a majority in the vote on Sunday.",
			"on Sunday", "2025-04-13", false},
		{"Unions will hold a general strike because talks with the government failed on Monday.",
			"on Monday", "2025-04-14", false},
		// the future governs the day: unchanged
		{"The two candidates will meet again when talks resume on Sunday.", "on Sunday", "2025-04-20", false},
		{"The board said rivals will march on Saturday.", "on Saturday", "2025-04-19", false},
		{"The minister said the long-delayed talks with the rebel delegation on Friday are expected to be brief.", "on Friday", "2025-04-18", false},
		{"Rebels vowed that fighters sent to the front on Monday will not retreat.", "on Monday", "2025-04-21", false},
		{"Results came from Sunday's vote.", "Sunday", "2025-04-13", false},
		// a future seen from the past: the results were due, the vote was held
		{"Officials said they had halted the tally, two days before final results of Sunday's parliamentary election were due.", "Sunday", "2025-04-13", false},
		{"The results of Sunday's vote are due soon.", "Sunday", "2025-04-20", false},
		{"Prices rise from Sunday.", "Sunday", "2025-04-13", true},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			d := analyse(t, tt.text, pub)
			if len(d.dates) != 1 {
				t.Fatalf("got %d date phrases, want 1", len(d.dates))
			}
			got := d.dates[0]
			if got.date.Phrase != tt.phrase || got.date.Start != tt.start || got.bound != tt.bound {
				t.Errorf("got %q %s bound=%v, want %q %s bound=%v", got.date.Phrase, got.date.Start, got.bound, tt.phrase, tt.start, tt.bound)
			}
		})
	}
}
