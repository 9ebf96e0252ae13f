package extract

import "testing"

// TestNarratedNext holds that "the next day" and its kin count from the
// day told before and state what happened, while "next" before a plan
// still looks ahead. 2025-03-05 is a Wednesday.
func TestNarratedNext(t *testing.T) {
	const lede = "Protesters marched through Ankara on Monday, police said.\n\n"
	tests := []struct {
		name, opener string
		day          string
		mod          string
	}{
		{"the next day", "The next day,", "2025-03-04", "asserted"},
		{"the following day", "The following day,", "2025-03-04", "asserted"},
		{"the next morning", "The next morning,", "2025-03-04", "asserted"},
		{"early the next day", "Early the next day,", "2025-03-04", "asserted"},
		{"the day after", "The day after,", "2025-03-04", "asserted"},
		{"the day after that", "The day after that,", "2025-03-04", "asserted"},
		{"the previous night", "The previous night,", "2025-03-02", "asserted"},
		{"the next strikes", "Officials said the next", "", "possible"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := lede + tt.opener + " Turkish jets struck targets near Duhok in Iraq, killing five fighters."
			if tt.mod == "possible" {
				text = lede + tt.opener + " strikes by Turkish jets on targets near Duhok in Iraq would target fighters."
			}
			g := analyse(t, text, "2025-03-05").output()
			for _, r := range g.Events {
				if e := r.Event; e.Type == "Attack" {
					if string(e.Modality) != tt.mod {
						t.Errorf("got modality %s, want %s", e.Modality, tt.mod)
					}
					if tt.day != "" && e.Date.Day() != tt.day {
						t.Errorf("got day %q, want %q", e.Date.Day(), tt.day)
					}
					return
				}
			}
			t.Errorf("got no attack, want one")
		})
	}
}
