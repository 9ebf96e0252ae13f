package extract

import "testing"

// TestReporterOfAct covers a speaker's act joined by "and" to the clause
// they report: the speaker acts, not the name inside that clause.
func TestReporterOfAct(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string
		absent []string
	}{
		{"an office's accusation after a reported vow is its head's",
			"Prime Minister Mark Carney's office said Canada would \"defend its workers\" and accused Washington of breaking the trade pact.",
			[]string{"Mark Carney CRITICIZED United States asserted"},
			[]string{"Canada CRITICIZED United States asserted", "Canada CRITICIZED United States possible"}},
		{"a spokesman's warning after a reported stance is his",
			"Spokesman Luis Ortega said Peru stood firmly with Bolivia and warned Chile against any provocation on the border.",
			[]string{"Luis Ortega THREATENED Chile asserted"},
			[]string{"Peru THREATENED Chile asserted"}},
		{"an ask after a reported stance is the teller's",
			"Envoy Ana Ruiz said Washington was disappointed by the ruling and urged Serbia to return to talks.",
			[]string{"Ana Ruiz DEMANDED Serbia asserted"},
			[]string{"United States DEMANDED Serbia asserted"}},
		{"an unnamed teller's call is no one's",
			"The spokesman said Peru stood firmly with Bolivia and called on Chile to pull back its troops.",
			nil,
			[]string{"Peru DEMANDED Chile asserted"}},
		{"a negation in the reported clause leaves the call asserted",
			"Envoy Lars Holm said any settlement must ensure that Kosovo never rearms its militias, and called on Serbia to open its border posts to monitors.",
			[]string{"Lars Holm DEMANDED Serbia asserted"},
			[]string{"Lars Holm DEMANDED Serbia denied"}},
		{"a perfect may go on with the reported subject",
			"The minister said Russia had massed troops and warned Kyiv.",
			[]string{"Russia THREATENED Ukraine asserted"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2026-03-10", tt.want, tt.absent)
		})
	}
}
