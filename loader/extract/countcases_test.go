package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// eventCount returns how many events of type typ the text yields when
// published on pub.
func eventCount(t *testing.T, text, pub string, typ graph.EventType) int {
	t.Helper()
	return len(typedEvents(analyse(t, text, pub).output(), typ))
}

// countCase is a text and how many events of one type it must yield.
type countCase struct {
	name, text string
	want       int
}

// runCountCases checks each case as a subtest, counting the events of typ
// each text yields when published on pub.
func runCountCases(t *testing.T, pub string, typ graph.EventType, cases []countCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			if got := eventCount(t, tt.text, pub, typ); got != tt.want {
				t.Errorf("got %d %s events, want %d", got, typ, tt.want)
			}
		})
	}
}

// firstDayCase is a text and the day its first event of one type must have.
type firstDayCase struct {
	name, text string
	typ        string
	day        string // of the first event of typ, "" for none
}

// runFirstDayCases checks each case as a subtest: the first event of the case's
// type must exist and carry its day, all texts published on pub.
func runFirstDayCases(t *testing.T, pub string, cases []firstDayCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, pub).output()
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
