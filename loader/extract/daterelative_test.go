package extract

import "testing"

// TestSameDayEvents holds the day an act told within hours of talks takes
// once the talks are dated by what they led to. 2025-04-18 is a Friday.
func TestSameDayEvents(t *testing.T) {
	const lede = "Malawian President Lazarus Chakwera left Lusaka on Thursday after a two-hour meeting with Zambian President Hakainde Hichilema.\n\n"
	tests := []struct {
		name string
		text string
		day  string // of the statement, "" for none
	}{
		{"hours before the talks", lede + "Hours before the meeting, Chakwera wrote on Facebook that the border must reopen.", "2025-04-17"},
		{"later that day", lede + "Later that day, Chakwera wrote on Facebook that the border must reopen.", "2025-04-17"},
		{"days before the talks", lede + "Days before the meeting, Chakwera wrote on Facebook that the border must reopen.", ""},
		{"no opener", lede + "Chakwera wrote on Facebook that the border must reopen.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2025-04-18").output()
			for _, r := range g.Events {
				if e := r.Event; e.Type == "Statement" {
					if e.Date.Day() != tt.day {
						t.Errorf("%s %q: got day %q, want %q", e.Type, e.Name, e.Date.Day(), tt.day)
					}
					return
				}
			}
			t.Errorf("got no statement, want one")
		})
	}
}
