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
			text:  "The International Criminal Court has issued an arrest warrant for Burundi's former intelligence chief, General Karim Haddou, on charges of murder.",
			parts: []string{"International Criminal Court", "Karim Haddou"}},
		{name: "statement in a video", typ: graph.Statement, title: "video",
			text:  "Former president Ramiro Quiroga said in a YouTube video on Friday that he would not leave Uruguay.",
			parts: []string{"Ramiro Quiroga"}},
		{name: "video address after a quote names its speaker", typ: graph.Statement, title: "video address",
			text:  "Opposition leader Maria Corina Machado welcomed the releases. \"Maduro is trading prisoners for favours,\" she said in a video address.",
			parts: []string{"Maria Corina Machado"}},
		{name: "fact-finding mission sent by a bloc", typ: graph.Meeting, title: "fact-finding mission",
			text:  "The Economic Community of West African States will send a fact-finding mission to Gambia next month.",
			parts: []string{"ECOWAS", "Gambia"}},
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

func TestTriggerReadings(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "signed joint declaration is an agreement of the two leaders", typ: graph.Agreement, title: "joint declaration",
			text:  "Pedro Sanchez met Giorgia Meloni in Rome on Monday. The two leaders later signed a joint declaration on rail links.",
			parts: []string{"Pedro Sanchez", "Giorgia Meloni"}, absent: graph.Statement},
		{name: "owner of a two-day visit", typ: graph.Meeting, title: "visit",
			text:  "The accord was signed in Nairobi during Mr Ramaphosa's two-day visit, his first to Kenya.",
			parts: []string{"Ramaphosa"}},
	})
	tests := []struct {
		name, text string
		typ        graph.EventType
	}{
		{"summit of a mountain", "The army said it would keep its post on the summit of Mount Elbrus for now.", graph.Meeting},
		{"negotiated in passive", "Critics said the pact had been negotiated in secret by officials.", graph.Meeting},
		{"a negotiated settlement", "Both parties say they want a negotiated settlement to the dispute.", graph.Meeting},
		{"founding treaty", "Lithuania invoked Article 4 of the alliance's founding treaty on Tuesday.", graph.Agreement},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2026-01-10").output()
			for _, r := range g.Events {
				if r.Event.Type == tt.typ {
					t.Errorf("got %s event %q, want none", r.Event.Type, r.Event.Name)
				}
			}
		})
	}
}

func TestMissileTestNotAttack(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "weapon designed to strike", typ: graph.OtherEvent, title: "test",
			text:  "Iran said on Monday it had tested a new cruise missile designed to strike ships at long range, with commander Amir Hajizadeh overseeing the launch.",
			parts: []string{"Amir Hajizadeh"}, absent: graph.Attack},
		{name: "missile fired into waters", typ: graph.OtherEvent, title: "",
			text: "The missile, fired on Sunday from near Tabriz, flew about 800 kilometres before landing in waters off the southern coast.",
			loc:  "Tabriz", absent: graph.Attack},
		{name: "drones used to strike still attack", typ: graph.Attack, title: "",
			text: "Russia used drones to strike Kharkiv overnight, regional officials said.", parts: []string{"Russia"}},
	})
}

func TestSeparateMeetings(t *testing.T) {
	text := "Narendra Modi held separate bilateral talks with Anthony Albanese and Mark Carney on the sidelines. The meeting with Albanese focused on trade."
	d := analyse(t, text, "2026-01-10")
	g := d.output()
	names := entityNames(g)
	var got []string
	for _, r := range g.Events {
		if r.Event.Type == graph.Meeting {
			got = append(got, strings.Join(participantNames(r.Event, names), "+"))
		}
	}
	want := []string{"Anthony Albanese+Narendra Modi", "Mark Carney+Narendra Modi"}
	if strings.Join(got, " | ") != strings.Join(want, " | ") {
		t.Errorf("got meetings %v, want %v", got, want)
	}
}
