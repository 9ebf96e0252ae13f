package extract

import (
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestNamedWars(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "a war named after a territory is fought there", typ: graph.OtherEvent, title: "war",
			text: "Relief agencies said the Darfur war had emptied dozens of towns.", loc: "Darfur"},
		{name: "a conflict named after a state", typ: graph.OtherEvent, title: "conflict",
			text: "The envoy briefed ministers on the Yemen conflict, officials said.", loc: "Yemen"},
		{name: "the name places the war, not the clause", typ: graph.OtherEvent, title: "war",
			text: "Veterans of the Angola war gathered in Lisbon on Monday.", loc: "Angola"},
		{name: "an insurgency named after its group", typ: graph.OtherEvent, title: "insurgency",
			text: "Farmers have fled the Al-Shabaab insurgency for years, the agency said.", parts: []string{"al-Shabaab"}},
		{name: "a war named by its days", typ: graph.OtherEvent, title: "9-day war",
			text: "Trade between the two states collapsed after the 9-day war in March 2024."},
	})
	tests := []struct {
		name, text string
	}{
		{"a war counted in months names none", "Schools have closed in the ten-month war, the agency said."},
		{"the cold war names no land", "Ties between the two have not been so poor since the Cold War."},
		{"a trade war of no one", "Exporters said they did not want a trade war."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2026-01-10").output()
			for _, r := range g.Events {
				if r.Event.Type == graph.OtherEvent && strings.Contains(strings.ToLower(r.Event.Name), "war") {
					t.Errorf("got %s event %q, want none", r.Event.Type, r.Event.Name)
				}
			}
		})
	}
}

// TestWarsStayUndated holds a war named in passing apart from the day of
// the news around it.
func TestWarsStayUndated(t *testing.T) {
	tests := []struct {
		name, text string
	}{
		{"named war in a dated clause", "Veterans of the Angola war gathered in Lisbon on Monday."},
		{"placed war in a dated clause", "Leaders adopted a declaration on the war in Ukraine on Saturday."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2026-01-10").output()
			found := false
			for _, r := range g.Events {
				if r.Event.Type != graph.OtherEvent || !strings.Contains(r.Event.Name, "war") {
					continue
				}
				found = true
				if !r.Event.Date.IsZero() {
					t.Errorf("got war %q dated %v, want undated", r.Event.Name, r.Event.Date)
				}
			}
			if !found {
				t.Errorf("got no war event in %q, want one", tt.text)
			}
		})
	}
}
