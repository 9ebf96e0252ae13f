package extract

import (
	"testing"
)

func TestResultsAndPostReadings(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		parts []string // every participant the one statement must have; nil when no statement is wanted
	}{
		{"results announced by a commission",
			"The ruling coalition took 61% of the ballots cast, according to early results released by the National Electoral Board on Tuesday.",
			[]string{"National Electoral Board"}},
		{"results published by a court",
			"Final results published by the Supreme Electoral Tribunal gave the challenger a narrow lead.",
			[]string{"Supreme Electoral Tribunal"}},
		{"results a court is to proclaim",
			"The Supreme Court is due to proclaim the official results within ten days.",
			[]string{"Supreme Court"}},
		{"results a council is to validate",
			"The Constitutional Council of Freedonia has ten days to validate the results.",
			[]string{"Constitutional Council of Freedonia"}},
		{"tally sheets are paper, not an announcement",
			"Opposition leader Marta Quispe demanded a recount of the disputed tally sheets.",
			nil},
		{"a post as an office",
			"Rosa Vidal became chair of the Council of Ministers in 2024, a post with no term limits.",
			nil},
		{"resigned from a post",
			"Kenyan Foreign Minister Amos Wekesa resigned from his post on Friday.",
			nil},
		{"footage posted online",
			"Videos posted on Facebook showed crowds outside the Interior Ministry.",
			nil},
		{"a deed done on a network",
			"Chilean President Rosa Vidal confirmed the exchange on Telegram, writing that 40 soldiers were home.",
			[]string{"Rosa Vidal"}},
		{"a deed on a network after an apposition",
			"Peruvian President Marco Ruiz, who cannot run again, congratulated the winner on X.",
			[]string{"Marco Ruiz"}},
		{"wrote on an owned platform",
			"Chilean President Rosa Vidal wrote on her Truth Social platform that Peru was cheating.",
			[]string{"Rosa Vidal"}},
		{"footage shared on a network",
			"Videos shared on Telegram showed the blast.",
			nil},
		{"a post on a network",
			"Kenyan Foreign Minister Amos Wekesa wrote in a post on X that the port would reopen.",
			[]string{"Amos Wekesa"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkStatement(t, tt.text, tt.parts)
		})
	}
}
