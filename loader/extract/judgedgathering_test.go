package extract

import (
	"slices"
	"testing"
)

// TestJudgedGathering keeps a summit judged from outside, or named again
// late in a report, one meeting with its own parties.
func TestJudgedGathering(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		meetings int
		outsider string // must not sit at the first meeting
	}{
		{"a critic of the summit did not attend it",
			"Nordic leaders held a summit in Bergen on Thursday and agreed to pool funds for Arctic patrols. In Minsk, government spokesman Pavel Drozdov dismissed the summit as a \"parade of threats\".",
			1, "Pavel Drozdov"},
		{"the summit named again late in a report",
			"Nordic leaders ended a summit in Bergen on Thursday with a pledge on Arctic patrols. " +
				"Norway's prime minister hosted the talks. Sweden pressed for more ships. Finland backed the plan. " +
				"Denmark asked for a review. Iceland said it would join. Estonia sent an observer. Latvia stayed away. " +
				"Prime Minister Ola Rustad said Norway was ready to host negotiations between Russia and Ukraine. " +
				"In Minsk, spokesman Pavel Drozdov dismissed the summit as a \"parade of threats\".",
			2, "Pavel Drozdov"},
		{"a topic not raised at the meeting is no party to it",
			"President Ana Ferreira hosted Chancellor Lukas Brandt in Lisbon on Monday for talks on energy. An aide said the case of former minister Rui Costa was not raised during the meeting.",
			1, "Rui Costa"},
		{"a country in the topic is no party either",
			"President Ana Ferreira hosted Chancellor Lukas Brandt in Lisbon on Monday for talks on energy. An aide said the fishing dispute with Spain was discussed at the meeting.",
			1, "Spain"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2026-03-07").output()
			names := entityNames(g)
			n := 0
			for _, r := range g.Events {
				if string(r.Event.Type) != "Meeting" {
					continue
				}
				n++
				if parts := participantNames(r.Event, names); n == 1 && slices.Contains(parts, tt.outsider) {
					t.Errorf("got participants %v, want no %s", parts, tt.outsider)
				}
			}
			if n != tt.meetings {
				t.Errorf("got %d meetings, want %d", n, tt.meetings)
			}
		})
	}
}
