package extract

import "testing"

// TestChargeReplies covers denials of a charge set in apposition after
// the happening charged, and stance verbs taking a pronoun for a happening.
func TestChargeReplies(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string
		absent []string
	}{
		{"a person denies the charges of a warrant",
			"The court issued an arrest warrant for the Peruvian general Tomas Ibarra over alleged torture, charges he denies.",
			[]string{"Tomas Ibarra REJECTED Other event asserted"}, nil},
		{"both men deny the charges",
			"The court issued arrest warrants for Chilean President Pedro Quintero and his defence minister Ivan Moreno over alleged fraud, charges both men deny.",
			[]string{"Pedro Quintero REJECTED Other event asserted", "Ivan Moreno REJECTED Other event asserted"}, nil},
		{"a named actor rejects a charge",
			"Kenyan police raided the offices of the Daily Mirror newspaper in Nairobi on Friday, a charge Kenya has repeatedly rejected.",
			[]string{"Kenya REJECTED Attack event asserted"}, nil},
		{"a denial with its own object is no reply to a charge",
			"Kenyan police raided the offices of the Daily Mirror newspaper in Nairobi on Friday, a claim that Kenya denied the raid.",
			nil, []string{"Kenya REJECTED Attack event asserted"}},
		{"a state's charge naming no event is turned down by the state charged",
			"Ghana has long accused Togo of neglecting border patrols, a charge Lome denies.",
			[]string{"Ghana CRITICIZED Togo asserted", "Togo REJECTED Ghana asserted"}, nil},
		{"a spokesman's charge naming no event stays a criticism",
			"A government spokesman, Kofi Mensah, accused Togo of neglecting border patrols, a charge Lome denies.",
			nil, []string{"Togo REJECTED Kofi Mensah asserted"}},
		{"a pronoun after a quoted verb stands for the happening",
			"The United States imposed sanctions on two Colombian judges on Monday. The European Union said it \"firmly rejects\" them.",
			[]string{"European Union REJECTED Sanction event asserted"}, nil},
		{"rejecting it",
			"The United States imposed sanctions on two Colombian judges on Monday. The European Union rejected it.",
			[]string{"European Union REJECTED Sanction event asserted"}, nil},
		{"them followed by an infinitive is no happening",
			"The United States imposed sanctions on two Colombian judges on Monday. The European Union rejected them to no avail.",
			nil, []string{"European Union REJECTED Sanction event asserted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2025-04-16", tt.want, tt.absent)
		})
	}
}
