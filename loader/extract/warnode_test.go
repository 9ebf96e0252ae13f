package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestWarNodes(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "the war in a region is placed there", typ: graph.OtherEvent, title: "war",
			text: "Aid agencies said food prices had tripled since the war in Darfur began.", loc: "Darfur"},
		{name: "the conflict in a country with a modifier", typ: graph.OtherEvent, title: "conflict",
			text: "The bank cut its forecast, citing the ongoing conflict in Yemen.", loc: "Yemen"},
		{name: "the war in a state has the state for a side", typ: graph.OtherEvent, title: "war in Yemen",
			text: "The envoy said a deal to end the war in Yemen was within reach.", parts: []string{"Yemen"}, loc: "Yemen"},
		{name: "a state's long-running conflict is fought there", typ: graph.OtherEvent, title: "conflict",
			text: "Qatar and Egypt, which mediate in Somalia's long-running conflict, welcomed the talks.", loc: "Somalia"},
		{name: "a war counted in months, placed", typ: graph.OtherEvent, title: "war",
			text: "The truce ended 20 months of war in Yemen, the mediators said.", loc: "Yemen"},
		{name: "the war with one named side", typ: graph.OtherEvent, title: "war",
			text: "Kyiv unveiled a plan on Monday to end the war with Russia.", parts: []string{"Russia"}},
		{name: "the war with the one side its clause names", typ: graph.OtherEvent, title: "war",
			text: "Iran has backed the Houthis in the war, the report said.", parts: []string{"Houthis"}},
		{name: "a side accused of prolonging the war", typ: graph.OtherEvent, title: "war",
			text: "Kinshasa accused Rwanda of prolonging the war, the minister said.", parts: []string{"Rwanda"}},
		{name: "a side accused of dragging out the war, quoted", typ: graph.OtherEvent, title: "war",
			text: "The president accused Moscow of \"dragging out the war\" on Sunday.", parts: []string{"Russia"}},
		{name: "their war takes the two states named before", typ: graph.OtherEvent, title: "war",
			text:  "India and Pakistan traded fire on Friday for the first time since their four-day war last year.",
			parts: []string{"India", "Pakistan"}},
		{name: "a war in a neighbouring region is another war", typ: graph.OtherEvent, title: "war",
			text: "Fighting between the army and Al-Shabaab has displaced thousands. A deal last year ended the war in neighbouring Tigray.",
			loc:  "Tigray"},
	})
	tests := []struct {
		name, text string
	}{
		{"a war machine", "The refinery fuels Russia's war machine, Ukraine's army said."},
		{"war crimes", "Prosecutors accused the commander of war crimes in Ituri."},
		{"a bare war", "The minister said the war had cost the economy dearly."},
		{"a feared war in a place", "Analysts warned of a possible war in Ethiopia."},
		{"the war prolonged by no side", "Analysts said new sanctions would only prolong the war."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2026-01-10").output()
			for _, r := range g.Events {
				if r.Event.Type == graph.OtherEvent && strings.Contains(r.Event.Name, "war") {
					t.Errorf("got %s event %q, want none", r.Event.Type, r.Event.Name)
				}
			}
		})
	}
}

// TestWarTollStaysWithStrike holds a toll to the strike its text reports,
// not to a war named in passing a sentence before.
func TestWarTollStaysWithStrike(t *testing.T) {
	text := "Rwanda fired rockets at Burundi late on Friday, a day after Burundian jets bombed a depot near Kigali, " +
		"the worst exchange between the two neighbours since their 1990s war. Hospital officials said at least nine people were killed in Bujumbura."
	g := analyse(t, text, "2026-01-10").output()
	tolls := 0
	for _, r := range g.Events {
		if r.Event.Killed == nil {
			continue
		}
		tolls++
		if r.Event.Type != graph.Attack || !strings.Contains(r.Event.Name, "Rwanda") {
			t.Errorf("got killed %v on %s %q, want it on Rwanda's rockets", *r.Event.Killed, r.Event.Type, r.Event.Name)
		}
	}
	if tolls == 0 {
		t.Errorf("got no toll on any event, want nine killed on Rwanda's rockets")
	}
}

// TestWarTakesItsOwnToll gives a war the toll its own sentence tells of
// it, rather than building a strike out of the kill verb.
func TestWarTakesItsOwnToll(t *testing.T) {
	text := "The truce, brokered by Oman, ended 20 months of war in Yemen that has killed more than 150,000 people, the mediators said."
	g := analyse(t, text, "2026-01-10").output()
	var got []string
	for _, r := range g.Events {
		if r.Event.Killed != nil {
			got = append(got, fmt.Sprintf("%s %q", r.Event.Type, r.Event.Name))
		}
	}
	if len(got) != 1 || !strings.HasPrefix(got[0], string(graph.OtherEvent)) {
		t.Errorf("got tolls on %v, want one, on the war", got)
	}
}
