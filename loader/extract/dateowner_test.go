package extract

import (
	"strings"
	"testing"
)

// dayCase is an event an article should tell, by type and a word of its
// name, with the day it should take ("" for none).
type dayCase struct {
	name string
	text string
	typ  string
	noun string
	day  string
}

// checkEventDays analyses each case, published on a Friday (2025-04-18),
// and checks the day of the first event of its type whose name holds its
// noun.
func checkEventDays(t *testing.T, tests []dayCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2025-04-18").output()
			for _, r := range g.Events {
				e := r.Event
				if string(e.Type) != tt.typ || !strings.Contains(e.Name, tt.noun) {
					continue
				}
				if e.Date.Day() != tt.day {
					t.Errorf("%s %q: got day %q, want %q", e.Type, e.Name, e.Date.Day(), tt.day)
				}
				return
			}
			if tt.day != "" {
				t.Errorf("got no %s event naming %q, want one on %s", tt.typ, tt.noun, tt.day)
			}
		})
	}
}

// TestOwnedDates holds the day that owns an event's noun ("Sunday's
// election") for that event, leaving the sentence's other day to the rest.
func TestOwnedDates(t *testing.T) {
	const rally = "Thousands of protesters rallied outside the electoral court in Asuncion on Tuesday over Sunday's presidential election in Paraguay."
	checkEventDays(t, []dayCase{
		{"the owned day dates its election", rally, "Election", "", "2025-04-13"},
		{"the other day dates the protest", rally, "Protest", "", "2025-04-15"},
		{"an owned day after the sentence's day",
			"Ghana and Togo signed a border accord in Accra on Thursday, days before Sunday's election in Togo.",
			"Agreement", "", "2025-04-17"},
		{"a call by telephone",
			"Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan spoke by telephone on Wednesday.",
			"Meeting", "", "2025-04-16"},
	})
}
