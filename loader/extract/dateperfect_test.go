package extract

import "testing"

// TestPerfectLedeDates holds the day the sentence after a present-perfect
// lede gives for the lede's act, and keeps it off when that sentence dates
// something else. 2025-09-12 is a Friday.
func TestPerfectLedeDates(t *testing.T) {
	checkEventDays(t, "2025-09-12", []dayCase{
		{"the next sentence gives the day",
			"Ghana has expelled two Nigerian diplomats over alleged interference in its affairs.\n\nThe envoys were escorted to the airport in Accra on Wednesday, officials said.",
			"Other", "", "2025-09-10"},
		{"a lede that counts from a time tells no one day",
			"Ghana has expelled two Nigerian diplomats accused of spying since March.\n\nThe envoys were escorted to the airport in Accra on Wednesday, officials said.",
			"Other", "", ""},
		{"a day that dates a speech is not the act's",
			"Ghana has expelled two Nigerian diplomats over alleged interference in its affairs.\n\nThe foreign ministry said on Wednesday that the envoys had left.",
			"Other", "", ""},
		{"a lede told in the past tense is dated by its own rules",
			"Ghana expelled two Nigerian diplomats over alleged interference in its affairs.\n\nProtesters marched on the embassy in Accra on Wednesday.",
			"Other", "", ""},
		{"a next sentence that tells another event",
			"Ghana has expelled two Nigerian diplomats over alleged interference in its affairs.\n\nHundreds of protesters rallied outside the embassy in Accra on Wednesday.",
			"Other", "", ""},
		{"two days in the next sentence",
			"Ghana has expelled two Nigerian diplomats over alleged interference in its affairs.\n\nThe envoys, summoned on Monday, were escorted to the airport on Wednesday.",
			"Other", "", ""},
		{"a day ahead of publication",
			"Ghana has expelled two Nigerian diplomats over alleged interference in its affairs.\n\nThe envoys must leave the country by Sunday, officials said.",
			"Other", "", ""},
	})
}
