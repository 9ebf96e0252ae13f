package extract

import (
	"strings"
	"testing"
)

// TestOccasionDates holds the day talks take from the act they led to.
// 2025-04-18 is a Friday.
func TestOccasionDates(t *testing.T) {
	tests := []struct {
		name string
		text string
		day  string // of the first meeting event, "" for none
	}{
		{"talks following which a dated act came",
			"Ghana and Togo agreed on Tuesday to reopen their border following talks hosted by Nigerian President Bola Tinubu.",
			"2025-04-15"},
		{"an accord following talks",
			"Ghana and Togo agreed on Wednesday to a ceasefire along their border following talks hosted by Nigerian President Bola Tinubu.",
			"2025-04-16"},
		{"a call just after the day",
			"Zambian President Hakainde Hichilema announced the deal on Thursday after a phone call with Angolan President Joao Lourenco.",
			"2025-04-17"},
		{"a meeting after an act dated before",
			"Kenya and Ethiopia signed a water accord on Monday.\n\nThe two foreign ministers signed the accord in Addis Ababa after a meeting with Ethiopian Prime Minister Abiy Ahmed.",
			"2025-04-14"},
		{"a summit where an offer told before was made",
			"West African leaders on Sunday offered Mali a security pact.\n\nThe offer was made at a summit in Accra chaired by Ghana's President John Mahama.",
			"2025-04-13"},
		{"a visit during which a dated act came",
			"Ghana and Togo signed a trade accord on Tuesday during a visit to Accra by Togolese President Faure Gnassingbe.",
			"2025-04-15"},
		{"a meeting told with its length",
			"Malawian President Lazarus Chakwera left Lusaka on Thursday after a two-hour meeting with Zambian President Hakainde Hichilema.",
			"2025-04-17"},
		{"talks weeks before",
			"Kenya and Uganda on Tuesday reopened their border, weeks after talks in Kampala.",
			""},
		{"talks with a verb of their own",
			"Rebels shelled Goma on Tuesday after talks in Nairobi collapsed.",
			""},
		{"a strike after talks is no outcome of them",
			"Rebels shelled Goma on Tuesday after talks in Nairobi with Rwandan envoys.",
			""},
		{"months of talks",
			"Kenya and Uganda on Tuesday reopened their border after months of talks in Kampala.",
			""},
		{"talks with a time of their own",
			"Kenya signed the accord with Uganda on Tuesday after talks in Kampala last month.",
			""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2025-04-18").output()
			for _, r := range g.Events {
				if e := r.Event; e.Type == "Meeting" {
					if e.Date.Day() != tt.day {
						t.Errorf("%s %q: got day %q, want %q", e.Type, e.Name, e.Date.Day(), tt.day)
					}
					return
				}
			}
			if tt.day != "" {
				t.Errorf("got no meeting in %q, want one on %s", strings.Fields(tt.text)[0], tt.day)
			}
		})
	}
}
