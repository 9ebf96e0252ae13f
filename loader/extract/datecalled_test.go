package extract

import "testing"

// TestDayOfWhatIsCalledFor checks that a day the sentence calls an action
// for lies ahead of publication, while a day of a call already made, or of
// an act merely started, stays in the past.
func TestDayOfWhatIsCalledFor(t *testing.T) {
	// 2025-04-16 is a Wednesday.
	const pub = "2025-04-16"
	tests := []struct {
		text  string
		start string
	}{
		{"The farmers' union called for a national walkout on Friday.", "2025-04-18"},
		{"The teachers, who rejected the new pay offer, called for rallies on Monday.", "2025-04-21"},
		{"The party leader urged supporters to hold two days of sit-ins in every town starting on Saturday.", "2025-04-19"},
		{"Unions declared a transport stoppage beginning Thursday.", "2025-04-17"},
		// a call made on a past day, or an act that started: unchanged
		{"The farmers' union on Friday called for a national walkout.", "2025-04-11"},
		{"The opposition called on Monday for calm.", "2025-04-14"},
		{"Fighting erupted near the river port, starting on Sunday.", "2025-04-13"},
		{"The talks, starting on Monday, ended without a deal.", "2025-04-14"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			d := analyse(t, tt.text, pub)
			if len(d.dates) != 1 {
				t.Fatalf("got %d date phrases, want 1", len(d.dates))
			}
			if got := d.dates[0].date.Start; got != tt.start {
				t.Errorf("got %s, want %s", got, tt.start)
			}
		})
	}
}
