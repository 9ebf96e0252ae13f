package extract

import (
	"slices"
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestTitledSpeechVerb(t *testing.T) {
	tests := []struct {
		name, text, person string
		want               bool
	}{
		{"a title between name and said",
			"Olena Bondar, head of the regional military administration, said a drone hit a depot.", "Olena Bondar", true},
		{"an article before the title",
			"Ali Musa, a senior police officer, told reporters the gunmen had fled.", "Ali Musa", true},
		{"a title before an act",
			"Ali Musa, a senior police officer, led the raid on the camp.", "Ali Musa", false},
		{"a title before a list",
			"Ali Musa, the governor, and his deputy said the road was open.", "Ali Musa", false},
		{"a participle after the title",
			"Ali Musa, the governor, saying the road was open, left the town.", "Ali Musa", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyse(t, tt.text, "2026-01-10")
			i := slices.IndexFunc(d.spans, func(sp span) bool { return sp.ent != nil && sp.ent.name == tt.person })
			if i < 0 {
				t.Fatalf("no span names %s", tt.person)
			}
			if got := d.titledSpeechVerb(&d.spans[i]) >= 0; got != tt.want {
				t.Errorf("titledSpeechVerb(%s) >= 0 = %v, want %v", tt.person, got, tt.want)
			}
		})
	}
}

func TestTitledSpeakerStrikesNothing(t *testing.T) {
	text := "Russian missiles struck the city of Rivne on Monday night, killing at least five people, officials said.\n\n" +
		"Olena Bondar, head of the regional council, said a missile hit a school and a second struck a depot on the edge of town."
	checkNoParty(t, text, "2026-01-10", graph.Attack, "Olena Bondar") // she reports the strike
}

func TestToldAtMeetingTakesPart(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "a titled speaker tells a guest at a meeting",
			text: "Omar Haddad, the prime minister of Jordan, told visiting envoy Anna Berg at a meeting in Amman that aid would flow.",
			typ:  graph.Meeting, title: "meeting", parts: []string{"Omar Haddad", "Anna Berg"}},
		{name: "a speaker tells a guest at talks",
			text: "Omar Haddad told visiting envoy Anna Berg during talks in Amman that aid would flow.",
			typ:  graph.Meeting, title: "talks", parts: []string{"Omar Haddad", "Anna Berg"}},
	})
}
