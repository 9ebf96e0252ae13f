package extract

import "testing"

func TestSpeakerShapes(t *testing.T) {
	tests := []speakerCase{
		{"a noun aside with a for-phrase",
			"Lena Varga, the EU special envoy for the Sahel, said the junta had broken its promises.", "Lena Varga"},
		{"a state with a possessive aside",
			"Norway, Sweden's closest partner, said it opposed the new levy.", "Norway"},
		{"an aside without article",
			"Omar Farah, head of the Somali prisoners committee, said the talks would resume in June.", "Omar Farah"},
		{"an aside after an acronym",
			"The Coastal Rights Centre (CRC), a Mombasa-based watchdog, said the police had failed to act.", "Coastal Rights Centre"},
		{"a second predicate joined by and",
			"Kenyan President William Ruto condemned the bombing and said Kenya would not be intimidated.", "William Ruto"},
		{"a participle after an object",
			"The Chilean government rejected the claims of Bolivia, saying the border had been settled in 1904.", "Chile"},
		{"a participle in a clause after while",
			"Peru protested loudly, while Ecuador avoided open criticism of Colombia, saying only that talks must continue.", "Ecuador"},
		{"a predicate joined by but",
			"Japan welcomed the release but said Tokyo would keep its sanctions in place.", "Japan"},
		{"a relative clause after a name",
			"Macron held talks with the Kenyan leader, William Ruto, who said Kenya was ready to send police.", "William Ruto"},
		{"a named title holder after a body's title",
			"The Dutch ambassador to the Philippines, Anne Visser, called the move reckless and said The Hague stood by Manila.", "Anne Visser"},
	}
	runSpeakerCases(t, tests)
}

func TestSpeakerNotAfterBareVerb(t *testing.T) {
	tests := []struct {
		name, text string
	}{
		{"a name after a verb without comma is its object",
			"Officials met on Monday and told Ruto the vote would go ahead."},
		{"a possessive after said opens the reported clause",
			"Diplomats said Varga's tally included one objection."},
		{"a clause with no acting name",
			"The talks ended late, saying nothing of the border."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyse(t, tt.text, "2026-03-01")
			if got := d.speakerOf(0); got != nil {
				t.Errorf("got speaker %s, want none", got.name)
			}
		})
	}
}
