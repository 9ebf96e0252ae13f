package extract

import (
	"strings"
	"testing"
)

// TestStandingMeasureIsNoEvent checks that a sanction named only as the
// circumstance of something else builds no Sanction event, while one
// imposed in the same words still does.
func TestStandingMeasureIsNoEvent(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool // a Sanction event is built
	}{
		{"in spite of", "The tanker carried Iranian crude to Malaysia in spite of Western sanctions, port officials said.", false},
		{"despite", "Caracas kept selling oil to Asian buyers despite US sanctions, analysts said.", false},
		{"asked to be exempted", "Brazilian President Rosa Vidal asked Trump for exemptions from US duties on Monday.", false},
		{"held up by", "The pipeline to Bulgaria had been held up by EU sanctions for two years.", false},
		{"imposed", "The European Union imposed sanctions on Belarus on Monday.", true},
		{"hit by", "Both Chile and Peru have been hit by steep US tariffs.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyse(t, tt.text, "2026-01-10")
			got := false
			for _, r := range d.output().Events {
				if r.Event.Type == "Sanction" {
					got = true
				}
			}
			if got != tt.want {
				t.Errorf("Sanction event built = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestRejectedResultsAnswerTheAnnouncement checks that rejecting results
// targets the commission's announcement instead of building a second
// results event for the rejecter.
func TestRejectedResultsAnswerTheAnnouncement(t *testing.T) {
	text := "SANTIAGO, March 2 (Reuters) - Chile's National Electoral Service on Sunday declared Marco Ruiz the winner of the presidential election. " +
		"Opposition candidate Rosa Vidal rejected the results."
	d := analyse(t, text, "2026-01-10")
	statements := 0
	for _, r := range d.output().Events {
		if r.Event.Type == "Statement" {
			statements++
		}
	}
	if statements != 1 {
		t.Errorf("got %d Statement events, want 1", statements)
	}
	got := claimsOf(t, d)
	want := "Rosa Vidal REJECTED Statement event asserted"
	found := false
	for _, c := range got {
		if c == want {
			found = true
		}
	}
	if !found {
		t.Errorf("missing %q\ngot %s", want, strings.Join(got, "\n    "))
	}
}
