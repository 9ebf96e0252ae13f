package extract

import "testing"

// TestAttackTwins holds one attack told twice apart from two attacks: a
// state's force owning the strike, a site the gazetteer cannot place, and
// an earlier attack with a day of its own.
func TestAttackTwins(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		attacks int
		killed  int // the first attack's toll, -1: no figure
	}{
		{"the state's army owns the strike its state made",
			"A Turkish airstrike hit a market in Qamishli on Tuesday, killing 14 people. The Turkish army said it had conducted a \"pinpoint strike\" on militants hiding in the Zorvek depot.",
			1, 14},
		{"the striking state's defence ministry claims the strike",
			"Russian drones struck a clinic in Kharkiv on Thursday, killing six people. Russia's Defence Ministry later said it had conducted a \"group strike\" on army depots.",
			1, 6},
		{"the ministry's claim may name the city struck",
			"Russian drones struck a clinic in Kharkiv on Thursday, killing six people. Russia's Defense Ministry later said it had conducted a strike on army depots in Kharkiv.",
			1, 6},
		{"the other side's ministry claims a strike of its own",
			"Russian drones struck a clinic in Kharkiv on Thursday, killing six people. Ukraine's Defence Ministry later said it had conducted a strike on a depot in Russia.",
			2, 6},
		{"a claimed strike on another city is another",
			"Russian drones struck a clinic in Kharkiv on Thursday, killing six people. Russia's Defence Ministry later said it had conducted a strike on a bridge in Kherson.",
			2, 6},
		{"an unplaced village may lie in the country struck",
			"Israeli forces carried out a raid in Syria on Monday. Israeli troops raided the village of Qarvetta, killing three men.",
			1, 3},
		{"a participle after the comma goes on with the raid",
			"Gunmen stormed Kairu village in Maru district late on Sunday, shooting residents and killing at least 30 people.",
			1, 30},
		{"a participle after another clause is its own",
			"Gunmen stormed Kairu village late on Sunday, killing at least 30 people, and police said on Monday, shooting in Maru district killed four more.",
			2, 30},
		{"another side's strike stays apart",
			"A Turkish airstrike hit a market in Qamishli on Tuesday, killing 14 people. Hamas said it had conducted a strike on the Zorvek depot.",
			2, 14},
		{"an attack on a day of its own is another",
			"An Israeli airstrike hit a school in Gaza City on Saturday, killing 12 people. The war began when militants attacked southern Israel on Oct. 7.",
			2, 12},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2025-04-18").output()
			n := 0
			for _, r := range g.Events {
				if string(r.Event.Type) != "Attack" {
					continue
				}
				n++
				if got := countValue(r.Event.Killed); n == 1 && got != tt.killed {
					t.Errorf("got killed %d, want %d", got, tt.killed)
				}
			}
			if n != tt.attacks {
				t.Errorf("got %d attacks, want %d", n, tt.attacks)
			}
		})
	}
}
