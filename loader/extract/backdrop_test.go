package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestBackdropStaysApart keeps an event told with its own earlier month or
// year off the day's event of its type, and lets later mentions of the
// day's event find it again.
func TestBackdropStaysApart(t *testing.T) {
	tests := []struct {
		name string
		text string
		typ  graph.EventType
		want int
	}{
		{"an earlier bombing by its month",
			"A car bomb exploded outside the finance ministry in Mogadishu on Tuesday, killing six people, police said.\n\nThe explosion was the worst in the city since a truck bomb hit the Sahafi hotel in Mogadishu in March 2023.",
			graph.Attack, 2},
		{"an earlier sanction by its year",
			"The European Union imposed sanctions on Belarusian potash exporters on Monday.\n\nBrussels sanctioned the country's central bank last year.",
			graph.Sanction, 2},
		{"the day's bombing named again after the backdrop",
			"A car bomb exploded outside the finance ministry in Mogadishu on Tuesday, killing six people, police said.\n\nIn March 2023 a truck bomb hit the Sahafi hotel in Mogadishu.\n\nThe African Union condemned the bombing.",
			graph.Attack, 2},
		{"one bombing told twice in one month",
			"A car bomb exploded outside the finance ministry in Mogadishu on Tuesday, killing six people, police said.\n\nThe bombing in Mogadishu was the third this month.",
			graph.Attack, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := eventCount(t, tt.text, "2025-10-09", tt.typ); got != tt.want {
				t.Errorf("got %d %s events, want %d", got, tt.typ, tt.want)
			}
		})
	}
}

// TestWhoseClauseKeepsItsTime keeps the time of a ", whose ..." clause off
// the events outside it.
func TestWhoseClauseKeepsItsTime(t *testing.T) {
	tests := []struct {
		name, text string
		typ        graph.EventType
		want       string // the event's date, "" for none
	}{
		{"a month in the clause",
			"Cameroon's President Paul Biya, whose mandate expires in March, met French President Emmanuel Macron in Paris on Tuesday.",
			graph.Meeting, "2025-10-07"},
		{"a year in the clause",
			"Chad's leader Mahamat Deby, whose troops crossed into Sudan in 2023, accused the opposition of rigging the election.",
			graph.Election, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			found := false
			for _, r := range analyse(t, tt.text, "2025-10-09").output().Events {
				if r.Event.Type != tt.typ {
					continue
				}
				found = true
				if r.Event.Date.Start != tt.want {
					t.Errorf("%s %q: got date %q, want %q", r.Event.Type, r.Event.Name, r.Event.Date.Start, tt.want)
				}
			}
			if !found {
				t.Errorf("got no %s event, want one", tt.typ)
			}
		})
	}
}
