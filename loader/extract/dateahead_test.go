package extract

import "testing"

// oneDateCase is a sentence holding one date phrase and the day it must
// resolve to.
type oneDateCase struct {
	text, phrase, start string
}

func runOneDateCases(t *testing.T, pub string, cases []oneDateCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.text, func(t *testing.T) {
			d := analyse(t, tt.text, pub)
			if len(d.dates) != 1 {
				t.Fatalf("got %d date phrases, want 1", len(d.dates))
			}
			if got := d.dates[0].date; got.Phrase != tt.phrase || got.Start != tt.start {
				t.Errorf("got %q %s, want %q %s", got.Phrase, got.Start, tt.phrase, tt.start)
			}
		})
	}
}

// TestQuotedFutureStaysQuoted checks that a future word inside a quotation
// turns only the days quoted with it ahead, not the day of the telling.
func TestQuotedFutureStaysQuoted(t *testing.T) {
	// 2025-04-16 is a Wednesday.
	runOneDateCases(t, "2025-04-16", []oneDateCase{
		{"\"We will never give up the fight,\" the mayor told a rally in the old port late on Sunday.", "on Sunday", "2025-04-13"},
		{"“Our party will keep its seats,” the leader said on Monday.", "on Monday", "2025-04-14"},
		// the day quoted with the future word still lies ahead
		{"“We will march again on Saturday,” the organisers said.", "on Saturday", "2025-04-19"},
		{"The minister said talks will resume on Friday.", "on Friday", "2025-04-18"},
	})
}

// TestVoteDayAhead checks that a yearless day a vote falls on is the
// nearest such day, unless a past verb tells the vote held.
func TestVoteDayAhead(t *testing.T) {
	runOneDateCases(t, "2026-02-05", []oneDateCase{
		{"Ruritanians choose a new parliament in a general election on May 31.", "May 31", "2026-05-31"},
		{"The opposition hopes to gain ground in the referendum on 14 June.", "14 June", "2026-06-14"},
		// held: the last such day before publication
		{"The ruling party won the election on May 31 by a wide margin.", "May 31", "2025-05-31"},
	})
}

// TestInForceDayAhead checks that the day a measure takes effect, told in
// the present, is the coming one.
func TestInForceDayAhead(t *testing.T) {
	// 2026-09-16 is a Wednesday.
	runOneDateCases(t, "2026-09-16", []oneDateCase{
		{"The ceasefire, which takes effect on Friday, was signed in Arusha.", "on Friday", "2026-09-18"},
		{"The tariffs enter into force on Monday under the new decree.", "on Monday", "2026-09-21"},
		{"The truce took effect on Friday and has largely held.", "on Friday", "2026-09-11"},
	})
}

// TestWeekdayWithItsDate reads the calendar date written after a weekday:
// it names the week, whichever way the sentence looks.
func TestWeekdayWithItsDate(t *testing.T) {
	// 2026-04-09 is a Thursday.
	runOneDateCases(t, "2026-04-09", []oneDateCase{
		{"The pause is to start at 6 p.m. on Saturday, April 11, the ministry said.", "on Saturday, April 11", "2026-04-11"},
		{"The talks opened on Monday 30 March in Geneva.", "on Monday 30 March", "2026-03-30"},
		{"The talks opened on Saturday in Geneva.", "on Saturday", "2026-04-04"},
	})
}
