package extract

import "testing"

func TestThreatSide(t *testing.T) {
	tests := []struct {
		text   string
		want   []string
		absent []string
	}{
		{
			// The donor's own state is not the one threatened.
			"French President Emmanuel Macron threatened to cut French aid to Mali.",
			[]string{"Emmanuel Macron THREATENED Mali asserted"},
			[]string{"Emmanuel Macron THREATENED France asserted"},
		},
		{
			// Support given by force on a condition is a threat to the condition's subject.
			"Kenyan Defence Minister Ruth Otieno warned that Nairobi was ready to back Somalia militarily if al-Shabaab did not withdraw.",
			[]string{"Ruth Otieno THREATENED al-Shabaab conditional"},
			nil,
		},
		{
			"Ghana threatened Togo with sanctions.",
			[]string{"Ghana THREATENED Togo asserted"},
			nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			checkClaims(t, tt.text, "2025-03-01", tt.want, tt.absent)
		})
	}
}
