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

// borderLede opens the articles of the lede-day tests: its day, Thursday
// 2025-09-11, is what the events told after it may take.
const borderLede = "ACCRA, Sept 12 (Reuters) - Ghana and Togo agreed on Thursday to reopen their shared border to trade.\n\n"

// TestLedeDayThroughAsides holds the lede's day for talks told after it
// whose sentence adds a record or a sequence, and keeps it off talks given
// their own year. 2025-09-12 is a Friday.
func TestLedeDayThroughAsides(t *testing.T) {
	checkEventDays(t, "2025-09-12", []dayCase{
		{"a record told after the talks",
			borderLede + "The two leaders met for two hours in Lome, their first meeting since the border closed last year.",
			"Meeting", "", "2025-09-11"},
		{"a sequence within the talks",
			borderLede + "The two leaders held three hours of talks in Lome, first alone and then with their ministers.",
			"Meeting", "", "2025-09-11"},
		{"talks given their own year",
			borderLede + "The two leaders met in Lome in 2023.",
			"Meeting", "", ""},
		{"talks told as later",
			borderLede + "The two leaders then met in Lome.",
			"Meeting", "", ""},
	})
}

// TestOccasionThroughRelativeClause holds the day of an act for the talks
// it followed when a relative clause tells how long they lasted.
// 2025-09-12 is a Friday.
func TestOccasionThroughRelativeClause(t *testing.T) {
	checkEventDays(t, "2025-09-12", []dayCase{
		{"talks that lasted",
			"Ghana and Togo signed a border accord on Thursday after talks in Lome that lasted nearly five hours.",
			"Meeting", "", "2025-09-11"},
		{"talks with a verb of their own",
			"Ghana and Togo signed a border accord on Thursday after talks in Lome collapsed.",
			"Meeting", "", ""},
	})
}
