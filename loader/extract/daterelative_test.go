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
		{"no opener: the lede's day", lede + "Chakwera wrote on Facebook that the border must reopen.", "2025-04-17"},
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

// TestCameAnchor holds that "The NOUN came a day before ..." counts from
// the event the noun names again, found in the sentences before when the
// noun is no mention of its own or was joined to an undated one.
// 2026-03-05 is a Thursday.
func TestCameAnchor(t *testing.T) {
	const lede = "Iranian forces seized a cargo ship in the Gulf of Oman on Tuesday, the navy said.\n\n"
	tests := []struct {
		name string
		text string
		day  string // of the meeting, "" for none
	}{
		{"noun not a trigger", lede + "The seizure came a day before Oman's foreign minister was due to hold talks with Iranian officials in Tehran.", "2026-03-04"},
		{"two days after", lede + "The seizure came two days after Oman's foreign minister held talks with Iranian officials in Tehran.", "2026-03-01"},
		{"not the sentence's opener", lede + "Officials said the seizure came a day before Oman's foreign minister was due to hold talks with Iranian officials in Tehran.", ""},
		{"no dated event before", "Oman's foreign minister called for calm.\n\nThe seizure came a day before he was due to hold talks with Iranian officials in Tehran.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2026-03-05").output()
			for _, r := range g.Events {
				if e := r.Event; e.Type == "Meeting" {
					if e.Date.Day() != tt.day {
						t.Errorf("%s %q: got day %q, want %q", e.Type, e.Name, e.Date.Day(), tt.day)
					}
					return
				}
			}
			t.Errorf("got no meeting, want one")
		})
	}
}

// TestHoursApart holds that "hours before" and "hours after" put the event
// they name on the day of the one told with it, and that a count of hours
// that may cross a day does not. 2026-03-05 is a Thursday.
func TestHoursApart(t *testing.T) {
	tests := []struct {
		name string
		text string
		day  string // of the election, "" for none
	}{
		{"hours before", "North Korea fired two ballistic missiles into the sea on Tuesday morning, hours before Americans began voting in the presidential election.", "2026-03-03"},
		{"three hours before", "North Korea fired two ballistic missiles into the sea on Tuesday morning, three hours before Americans began voting in the presidential election.", "2026-03-03"},
		{"thirty hours before", "North Korea fired two ballistic missiles into the sea on Tuesday morning, 30 hours before Americans began voting in the presidential election.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2026-03-05").output()
			for _, r := range g.Events {
				if e := r.Event; e.Type == "Election" {
					if e.Date.Day() != tt.day {
						t.Errorf("%s %q: got day %q, want %q", e.Type, e.Name, e.Date.Day(), tt.day)
					}
					return
				}
			}
			t.Errorf("got no election, want one")
		})
	}
}
