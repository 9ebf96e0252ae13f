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
		{name: "a war measured in a decade, placed after it", typ: graph.OtherEvent, title: "war",
			text: "Farm output halved during more than a decade of war in Nepal, the ministry said.", loc: "Nepal"},
		{name: "a war measured in years, placed by its owner", typ: graph.OtherEvent, title: "civil war",
			text: "Angola's three years of civil war emptied the coastal towns, the agency said.", loc: "Angola"},
		{name: "a war named by a demonym alone still stands", typ: graph.OtherEvent, title: "Somali civil war",
			text: "Relief workers said the Somali civil war had scattered families across the region."},
		{name: "a demonym places the war in its land", typ: graph.OtherEvent, title: "Angolan war",
			text: "Angola's parliament met on Friday. Historians said the Angolan war still shaped its politics.", loc: "Angola"},
		{name: "a titled war after a people's name", typ: graph.OtherEvent, title: "Crimean war",
			text: "The fortress was built long before the Crimean War, the museum said."},
		{name: "a titled war counted in days", typ: graph.OtherEvent, title: "Nine-Day war",
			text: "The pass changed hands twice during the Nine-Day War, the museum said."},
	})
	tests := []struct {
		name, text string
	}{
		{"a war counted in months names none", "Schools have closed in the ten-month war, the agency said."},
		{"the cold war names no land", "Ties between the two have not been so poor since the Cold War."},
		{"a measured war with no place names none", "Doctors said families were worn out after years of war."},
		{"a world war is an era here", "The bridge was rebuilt after World War II and again after the Great War."},
		{"a titled war inside a longer name", "The Crimean War Memorial Trust announced new trustees."},
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
