package extract

import (
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestPowerEvents(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "army unit took power", typ: graph.OtherEvent, title: "takeover",
			text:  "An army unit led by Colonel Idriss Mahamat announced on Tuesday it had taken power in Chad.",
			parts: []string{"Idriss Mahamat"}, loc: "Chad"},
		{name: "seized power is one event", typ: graph.OtherEvent, title: "takeover",
			text: "Officers seized power in Gabon overnight, state television said.", loc: "Gabon"},
		{name: "warrant with its court and its target", typ: graph.OtherEvent, title: "warrant",
			text:  "Judges at the International Criminal Court have issued an arrest warrant for Sudan's former leader, General Omar al-Bashir, on charges of genocide.",
			parts: []string{"International Criminal Court", "Omar al-Bashir"}},
		{name: "statement in a video", typ: graph.Statement, title: "video",
			text:  "Former president Evo Morales said in a Facebook video on Monday that he would not leave Bolivia.",
			parts: []string{"Evo Morales"}},
		{name: "video address after a quote names its speaker", typ: graph.Statement, title: "video address",
			text:  "Opposition leader Maria Corina Machado welcomed the releases. \"Maduro is trading prisoners for favours,\" she said in a video address.",
			parts: []string{"Maria Corina Machado"}},
		{name: "fact-finding mission sent by a bloc", typ: graph.Meeting, title: "fact-finding mission",
			text:  "The Economic Community of West African States said it would send a fact-finding mission to Niger next week.",
			parts: []string{"ECOWAS", "Niger"}},
	})
}

func TestPowerEventsNotNamed(t *testing.T) {
	tests := []struct {
		name, text, word string
	}{
		{"a company's takeover bid", "Shareholders of the steelmaker rejected a takeover bid from a rival group.", "takeover"},
		{"video footage", "A video of the flooded streets was shared widely on social media.", "video"},
		{"a video call is a meeting", "Emmanuel Macron held a video call with Olaf Scholz on Friday.", "video call"},
		{"warrant as a verb", "Officials said the incident did not warrant a change of policy.", "warrant"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2026-01-10").output()
			for _, r := range g.Events {
				if strings.Contains(r.Event.Name, tt.word) && (r.Event.Type == graph.OtherEvent || r.Event.Type == graph.Statement) {
					t.Errorf("got %s event %q, want no %s or Statement event named with %q", r.Event.Type, r.Event.Name, graph.OtherEvent, tt.word)
				}
			}
		})
	}
}
