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

// checkEventDays analyses each case, published on pub, and checks the day
// of the first event of its type whose name holds its noun.
func checkEventDays(t *testing.T, pub string, tests []dayCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, pub).output()
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
// 2025-04-18 is a Friday.
func TestOwnedDates(t *testing.T) {
	const rally = "Thousands of protesters rallied outside the electoral court in Asuncion on Tuesday over Sunday's presidential election in Paraguay."
	checkEventDays(t, "2025-04-18", []dayCase{
		{"the owned day dates its election", rally, "Election", "", "2025-04-13"},
		{"the other day dates the protest", rally, "Protest", "", "2025-04-15"},
		{"an owned day after the sentence's day",
			"Ghana and Togo signed a border accord in Accra on Thursday, days before Sunday's election in Togo.",
			"Agreement", "", "2025-04-17"},
		{"what was done at a dated summit",
			"Leaders of the African Union gave their backing to a fourth package of sanctions on Sudan at a summit in Addis Ababa on Thursday.",
			"Sanction", "", "2025-04-17"},
		{"the gathering the lede told of",
			"NAIROBI, April 18 (Reuters) - Leaders of a dozen African states pledged on Wednesday to send troops to eastern Congo.\n\nKenyan President William Ruto hosted the meeting at State House in Nairobi, with Congolese President Felix Tshisekedi attending.",
			"Meeting", "", "2025-04-16"},
		{"a meeting told two paragraphs on is not the lede's",
			"NAIROBI, April 18 (Reuters) - Leaders of a dozen African states pledged on Wednesday to send troops to eastern Congo.\n\nThe force would number 5,000.\n\nKenyan President William Ruto hosted the meeting at State House in Nairobi, with Congolese President Felix Tshisekedi attending.",
			"Meeting", "", ""},
		{"a call by telephone",
			"Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan spoke by telephone on Wednesday.",
			"Meeting", "", "2025-04-16"},
	})
}

// TestNewsDays holds the day a sentence tells its news on apart from the
// events the news is about. 2025-04-19 is a Saturday.
func TestNewsDays(t *testing.T) {
	const win = "Ruto has won Kenya's presidential election, the electoral commission announced on Thursday. He took 52% of the vote in the 9 April poll, the commission said.\n\nHours before the announcement, Raila Odinga conceded defeat in a televised address."
	checkEventDays(t, "2025-04-19", []dayCase{
		{"a dateline leaves the sentence one day to share",
			"KAMPALA, April 18 (Reuters) - Uganda on Thursday held talks with Kenya in Kampala and agreed to reopen the border.",
			"Agreement", "", "2025-04-17"},
		{"the day of an announcement is not that of the vote", win, "Election", "", "2025-04-09"},
		{"hours before the announcement", win, "Statement", "address", "2025-04-17"},
	})
}

// TestWouldHaveLooksBack holds a weekday after "would have" in the past.
func TestWouldHaveLooksBack(t *testing.T) {
	d := analyse(t, "The draft, which would have delayed the embargo on Sudan, won only three votes in the council on Friday.", "2025-04-19")
	for _, de := range d.dates {
		if d.toks[de.hi-1].lower == "friday" {
			if de.date.Start != "2025-04-18" {
				t.Errorf("got %s, want 2025-04-18", de.date.Start)
			}
			return
		}
	}
	t.Errorf("got no date for Friday in %d dates, want one", len(d.dates))
}
