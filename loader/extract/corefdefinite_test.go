package extract

import (
	"slices"
	"testing"
)

// TestDefiniteMentionFindsItsEvent holds a later definite mention on the
// event it names: a gathering a named party did not attend, the attack a
// group claims after the army's riposte.
func TestDefiniteMentionFindsItsEvent(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		typ   string
		want  int
		party string // a party every event of typ must name
	}{
		{"a named gathering not attended is the gathering",
			"Defence ministers of the Nordic Defence Group met in Oslo on Tuesday to pledge air defences for Ukraine. The Swedish minister, Pal Jonson, did not attend the defence group meeting and sent a deputy.",
			"Meeting", 1, ""},
		{"the attack claimed after a counter-attack is the first attack",
			"Suspected militants attacked an army post near Kiffa in Mauritania on Sunday, killing 7 soldiers, the army said. The army said scores of militants were killed in the counter-attack. The Dawn Riders Front claimed the attack in a video on Monday.",
			"Attack", 1, "Dawn Riders Front"},
		{"a counter-attack told again stays the riposte",
			"Militants attacked an army post near Menaka in Mali on Sunday. Troops launched a counter-attack near Menaka on Monday. The counter-attack killed 20 militants.",
			"Attack", 2, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkTypedEvents(t, tt.text, tt.typ, tt.want, func(parts []string) {
				if tt.party != "" && !slices.Contains(parts, tt.party) {
					t.Errorf("got participants %v, want %s among them", parts, tt.party)
				}
			})
		})
	}
}

// TestPlannedMeetingOneMood holds a meeting that is only planned as one
// event whether it is proposed, ruled out or called off, and keeps it apart
// from a meeting held or one planned elsewhere.
func TestPlannedMeetingOneMood(t *testing.T) {
	tests := []struct {
		name string
		text string
		want int
	}{
		{"ruled out and proposed is one planned meeting",
			"Riga said it saw no plans for a fresh round of talks in Tartu, despite Reykjavik's proposal to meet in Tartu next week.", 1},
		{"a meeting held and one ruled out are two",
			"Peru and Chile held talks in Geneva on Monday. The ministers will not meet again in Geneva next week, an official said.", 2},
		{"a meeting ruled out and one proposed elsewhere are two",
			"The Kremlin said there were no plans for talks with Kyiv in Geneva. Separately, Minsk proposed to meet Warsaw in Vilnius next week.", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2026-01-10").output()
			n := 0
			for _, r := range g.Events {
				if string(r.Event.Type) == "Meeting" {
					n++
				}
			}
			if n != tt.want {
				t.Errorf("got %d meetings, want %d", n, tt.want)
			}
		})
	}
}
