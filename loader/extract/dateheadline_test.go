package extract

import "testing"

// TestHeadlineDates holds the lede's day for a happening the headline
// names and the body tells without a day. 2025-04-18 is a Friday.
func TestHeadlineDates(t *testing.T) {
	tests := []struct {
		name string
		text string
		typ  string
		day  string // of the first event of type typ, "" for none
	}{
		{"a strike told overnight",
			"Drone attack sets fuel depot ablaze in Borovia\n\nA fire broke out at a fuel depot in Borovia after debris from a downed drone fell on it overnight, the regional governor said on Friday.",
			"Attack", "2025-04-18"},
		{"a march told on a day",
			"Thousands protest in Lilongwe against fuel prices\n\nCrowds filled the streets of the Malawian capital on Thursday, chanting against a rise in fuel prices.\n\nThe protests, called by a students' union, were the largest in years.",
			"Protest", "2025-04-17"},
		{"a truce is no happening of the day",
			"Ghana and Togo extend border truce\n\nGhanaian President John Mahama said on Thursday he would meet Togolese leaders soon.\n\nThe truce between Ghana and Togo has held since March.",
			"Ceasefire", ""},
		{"no headline",
			"A fire broke out at a fuel depot in Borovia after debris from a downed drone fell on it overnight, the regional governor said on Friday.\n\nA drone attack on the depot last year killed two guards.",
			"Attack", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2025-04-18").output()
			for _, r := range g.Events {
				if e := r.Event; string(e.Type) == tt.typ {
					if e.Date.Day() != tt.day {
						t.Errorf("%s %q: got day %q, want %q", e.Type, e.Name, e.Date.Day(), tt.day)
					}
					return
				}
			}
			if tt.day != "" {
				t.Errorf("got no %s event, want one on %s", tt.typ, tt.day)
			}
		})
	}
}
