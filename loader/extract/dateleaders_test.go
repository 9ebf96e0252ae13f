package extract

import "testing"

// TestLedeDayForStatesLeaders holds the lede's day for talks and accords
// the next paragraph tells of the leaders of the lede's states, and keeps
// it off talks a modal word holds out. 2025-09-12 is a Friday.
func TestLedeDayForStatesLeaders(t *testing.T) {
	checkEventDays(t, "2025-09-12", []dayCase{
		{"a leader of a lede state hosts the talks",
			borderLede + "Ghanaian President John Mahama hosted Togolese President Faure Gnassingbe for talks at the Jubilee House.",
			"Meeting", "", "2025-09-11"},
		{"leaders of the lede's states sign an accord",
			borderLede + "Ghanaian President John Mahama and Togolese President Faure Gnassingbe also signed a memorandum on customs.",
			"Agreement", "", "2025-09-11"},
		{"talks a modal word holds out",
			borderLede + "In its own account, Accra said Mahama had thanked Lome but repeated that a meeting with Togolese President Faure Gnassingbe would only be possible \"at the last stage\".",
			"Meeting", "", ""},
	})
}

// TestQuoteTimeBeforeConference holds the lede's day for a statement made
// before an audience when the only time phrase of its sentence stands in
// the words quoted first. 2025-09-12 is a Friday.
func TestQuoteTimeBeforeConference(t *testing.T) {
	checkEventDays(t, "2025-09-12", []dayCase{
		{"a month in the quoted words",
			borderLede + "The accord sets out \"clear steps\" for reopening the customs posts damaged in March, Ghanaian Foreign Minister Samuel Ablakwa told a joint news conference with his Togolese counterpart.",
			"Statement", "", "2025-09-11"},
		{"a time that opens the sentence is not quoted words",
			borderLede + "In March, the accord set out \"clear steps\" for reopening the customs posts, Ghanaian Foreign Minister Samuel Ablakwa told a joint news conference with his Togolese counterpart.",
			"Statement", "", ""},
	})
}
