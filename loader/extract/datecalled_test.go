package extract

import (
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
)

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
		{"Dockers announced an open-ended strike from Sunday.", "2025-04-20"},
		{"The union urged its members to stay off work starting on Sunday.", "2025-04-20"},
		{"The rebuffed candidate called on his voters to march through the capital on Saturday.", "2025-04-19"},
		{"Fishermen's groups are calling upon members to block the harbour on Friday.", "2025-04-18"},
		// a call made on a past day, or an act that started: unchanged
		{"The farmers' union on Friday called for a national walkout.", "2025-04-11"},
		{"The opposition called on Monday for calm.", "2025-04-14"},
		{"The mayor called on Tuesday to reopen the bridge.", "2025-04-15"},
		{"The mayor on Tuesday called on residents to stay indoors.", "2025-04-15"},
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

// TestScheduledDayNearestYear checks that a yearless day set ahead ("for
// Feb. 8") is read in whichever year lies nearest to publication.
func TestScheduledDayNearestYear(t *testing.T) {
	tests := []struct {
		text, pub, start string
	}{
		{"The governor called a regional referendum for Feb. 8 on Tuesday.", "2026-11-03", "2027-02-08"},
		{"The governor called a regional referendum for Dec. 6 on Tuesday.", "2026-11-03", "2026-12-06"},
		{"The council set the runoff for Nov. 20 last month.", "2026-01-12", "2025-11-20"},
		{"The council set the runoff for June 20.", "2026-05-12", "2026-06-20"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			d := analyse(t, tt.text, tt.pub)
			for _, de := range d.dates {
				if f := strings.Fields(de.date.Phrase); de.date.Precision == graph.Day && len(f) > 0 && months[strings.ToLower(f[0])] != 0 {
					if got := de.date.Start; got != tt.start {
						t.Errorf("got %s, want %s", got, tt.start)
					}
					return
				}
			}
			t.Errorf("got no month-day phrase among %d, want one", len(d.dates))
		})
	}
}
