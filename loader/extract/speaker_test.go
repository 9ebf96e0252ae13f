package extract

import "testing"

func TestSpeakerOfApposition(t *testing.T) {
	tests := []speakerCase{
		{"the head of an apposition naming a relative speaks",
			"Maria Lopez, the younger sister of President Tomas Mora, said the vote was rigged.", "Maria Lopez"},
		{"the head of an apposition naming a state speaks",
			"Ahmed Kadri, the foreign minister of Tunisia, said the talks had failed.", "Ahmed Kadri"},
		{"a plain subject speaks",
			"Kenyan Foreign Minister Ruth Wambui said the talks had failed.", "Ruth Wambui"},
		{"a body after a comma speaks for the whole sentence",
			"The ministers met in Lusaka on Monday, the Foreign Ministry said.", "Foreign Ministry"},
	}
	runSpeakerCases(t, tests)
}

// speakerCase is a one-sentence text and the speaker it must be given.
type speakerCase struct {
	name, text, want string
}

func runSpeakerCases(t *testing.T, tests []speakerCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyse(t, tt.text, "2026-03-01")
			got := d.speakerOf(0)
			if got == nil || got.name != tt.want {
				name := "<none>"
				if got != nil {
					name = got.name
				}
				t.Errorf("got speaker %s, want %s", name, tt.want)
			}
		})
	}
}
