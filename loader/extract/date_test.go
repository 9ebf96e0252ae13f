package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestDates(t *testing.T) {
	// 2025-04-16 is a Wednesday.
	const pub = "2025-04-16"
	tests := []struct {
		text      string
		phrase    string
		start     string
		end       string
		precision graph.Precision
		bound     bool
	}{
		{"The strike came on Sunday.", "on Sunday", "2025-04-13", "2025-04-13", graph.Day, false},
		{"She spoke on Wednesday.", "on Wednesday", "2025-04-16", "2025-04-16", graph.Day, false},
		{"They met last Wednesday.", "last Wednesday", "2025-04-09", "2025-04-09", graph.Day, false},
		{"Talks will resume on Friday.", "on Friday", "2025-04-18", "2025-04-18", graph.Day, false},
		{"The vote is due next Wednesday.", "next Wednesday", "2025-04-23", "2025-04-23", graph.Day, false},
		{"Officials spoke on Thursday morning.", "on Thursday morning", "2025-04-10", "2025-04-10", graph.Day, false},
		{"He arrived yesterday.", "yesterday", "2025-04-15", "2025-04-15", graph.Day, false},
		{"Drones struck the port overnight.", "overnight", "2025-04-16", "2025-04-16", graph.Day, false},
		{"Shelling went on overnight into Sunday.", "Sunday", "2025-04-13", "2025-04-13", graph.Day, false},
		{"The call came earlier this afternoon.", "earlier this afternoon", "2025-04-16", "2025-04-16", graph.Day, false},
		{"They met on April 11.", "April 11", "2025-04-11", "2025-04-11", graph.Day, false},
		{"They met on 11 April.", "11 April", "2025-04-11", "2025-04-11", graph.Day, false},
		{"The treaty was signed on March 3, 2021.", "March 3, 2021", "2021-03-03", "2021-03-03", graph.Day, false},
		{"It happened on Jan. 5.", "Jan. 5", "2025-01-05", "2025-01-05", graph.Day, false},
		{"A raid in December killed four.", "December", "2024-12-01", "2024-12-31", graph.Month, false},
		{"Fighting grew earlier this month.", "earlier this month", "2025-04-01", "2025-04-30", graph.Month, false},
		{"Fighting grew last month.", "last month", "2025-03-01", "2025-03-31", graph.Month, false},
		{"They met last week.", "last week", "2025-04-07", "2025-04-13", graph.Week, false},
		{"the 2019 referendum", "2019", "2019-01-01", "2019-12-31", graph.Year, false},
		{"The board on Saturday declared the result, while rivals called for protests.", "on Saturday", "2025-04-12", "2025-04-12", graph.Day, false},
		{"The board said rivals will march on Saturday.", "on Saturday", "2025-04-19", "2025-04-19", graph.Day, false},
		{"The report is due by 14 November.", "14 November", "2025-11-14", "2025-11-14", graph.Day, true},
		{"From May 2, levies rise.", "May 2", "2025-05-02", "2025-05-02", graph.Day, true},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			d := analyse(t, tt.text, pub)
			if len(d.dates) != 1 {
				t.Fatalf("got %d date phrases, want 1", len(d.dates))
			}
			got := d.dates[0]
			if got.date.Phrase != tt.phrase || got.date.Start != tt.start || got.date.End != tt.end || got.date.Precision != tt.precision || got.bound != tt.bound {
				t.Errorf("got %q %s..%s %s bound=%v, want %q %s..%s %s bound=%v", got.date.Phrase, got.date.Start, got.date.End,
					got.date.Precision, got.bound, tt.phrase, tt.start, tt.end, tt.precision, tt.bound)
			}
			if err := got.date.Validate(); err != nil {
				t.Errorf("date does not validate: %v", err)
			}
		})
	}
}

func TestDatesNeedPublication(t *testing.T) {
	d := analyse(t, "The strike came on Sunday, yesterday, last week.", "")
	if len(d.dates) != 0 {
		t.Errorf("got %d dates without a publication date, want 0", len(d.dates))
	}
}

func TestMayIsNotAlwaysAMonth(t *testing.T) {
	d := analyse(t, "Talks may resume. They met on May 12.", "2025-05-10")
	if len(d.dates) != 1 || d.dates[0].date.Start != "2025-05-12" {
		t.Errorf("got %+v, want only May 12", d.dates)
	}
}
