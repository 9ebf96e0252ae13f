package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestRunOffSpellings reads the British "run-off" as the vote "runoff" is.
func TestRunOffSpellings(t *testing.T) {
	for _, text := range []string{
		"Opposition leader Ivo Marek won the presidential runoff against President Karl Weber, the electoral commission said on Saturday.",
		"Opposition leader Ivo Marek won the presidential run-off against President Karl Weber, the electoral commission said on Saturday.",
	} {
		if n := len(docEvents(analyse(t, text, "2025-10-12"), graph.Election)); n != 1 {
			t.Errorf("%q: got %d elections, want 1", text, n)
		}
	}
}

// TestRunOffSpellingsDates holds the word-level vote rules to both
// spellings: a day or a year before "run-off" dates the vote as before
// "runoff".
func TestRunOffSpellingsDates(t *testing.T) {
	tests := []struct {
		text, pub, want string
	}{
		{"Candidates held final rallies ahead of the January 4 runoff.", "2025-12-28", "2026-01-04"},
		{"Candidates held final rallies ahead of the January 4 run-off.", "2025-12-28", "2026-01-04"},
		{"Mr Weber lost the 2019 runoff to a rival.", "2025-12-28", "2019-01-01"},
		{"Mr Weber lost the 2019 run-off to a rival.", "2025-12-28", "2019-01-01"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			d := analyse(t, tt.text, tt.pub)
			elections := docEvents(d, graph.Election)
			if len(elections) == 0 {
				t.Fatalf("got no election among %d events", len(d.events))
			}
			if e := elections[0]; e.date == nil || e.date.Start != tt.want {
				t.Errorf("got date %v, want %s", e.date, tt.want)
			}
		})
	}
}
