package extract

import "testing"

// TestMeetingTwins holds one meeting told twice apart from two meetings:
// an envoy who speaks for a state a meeting named, a round of talks that
// lasted days, and leaders who are parties of their own.
func TestMeetingTwins(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		meetings int
		date     string // the first meeting's day, "" for none
	}{
		{"an envoy meets for the state the talks named",
			"Talks between Kenyan President William Ruto and a French delegation were held in Nairobi this week, officials said. French special envoy Pierre Marchand met Ruto for three hours on Friday, the presidency said.",
			1, "2026-02-27"},
		{"a minister is no envoy of the delegation",
			"Talks between Kenyan President William Ruto and a French delegation were held in Nairobi this week, officials said. French Foreign Minister Pierre Marchand met Ruto for three hours on Friday, the presidency said.",
			2, ""},
		{"an envoy of another state meets apart",
			"Talks between Kenyan President William Ruto and a French delegation were held in Nairobi this week, officials said. German special envoy Pierre Marchand met Ruto for three hours on Friday, the presidency said.",
			2, ""},
		{"two days of talks are one round",
			"Kenya and Tanzania ended two days of talks in Arusha on Monday. The talks were described as constructive by both sides.",
			1, "2026-03-02"},
		{"months of talks are a process, not the day's round",
			"Kenya and Tanzania ended months of talks in Arusha on Monday. The talks were described as constructive by both sides.",
			2, "2026-03-02"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2026-03-03").output()
			n := 0
			for _, r := range g.Events {
				if string(r.Event.Type) != "Meeting" {
					continue
				}
				n++
				if n > 1 || tt.date == "" {
					continue
				}
				if got := r.Event.Date.Start; got != tt.date {
					t.Errorf("got date %q, want %q", got, tt.date)
				}
			}
			if n != tt.meetings {
				t.Errorf("got %d meetings, want %d", n, tt.meetings)
			}
		})
	}
}

// TestHopedForTwins holds a truce called for and the same truce accepted
// only on a condition as one truce.
func TestHopedForTwins(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		truces int
	}{
		{"called for, then accepted on a condition",
			"The AU mediator called on the two camps to observe a humanitarian ceasefire in Kidal. Mali's government said it would sign a ceasefire in Kidal only if the rebel Azawad Liberation Front first pulled its fighters out of the towns.",
			1},
		{"a truce elsewhere on a condition is another",
			"The AU mediator called on the two camps to observe a humanitarian ceasefire in Kidal. Mali's government said it would sign a ceasefire in Gao only if the rebel Azawad Liberation Front first pulled its fighters out of the towns.",
			2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2026-03-04").output()
			n := 0
			for _, r := range g.Events {
				if string(r.Event.Type) == "Ceasefire" {
					n++
				}
			}
			if n != tt.truces {
				t.Errorf("got %d truces, want %d", n, tt.truces)
			}
		})
	}
}
