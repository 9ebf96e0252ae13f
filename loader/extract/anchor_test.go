package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestUnanchoredEvents holds which events that name no party and no place
// still reach the graph.
func TestUnanchoredEvents(t *testing.T) {
	tests := []struct {
		name string
		text string
		typ  graph.EventType
		want int // events of typ in the graph
	}{
		{"a deal named by no one is left out",
			"The deal was signed on Monday after weeks of haggling.", graph.Agreement, 0},
		{"protests told of no one and nowhere are left out",
			"Protests broke out on Friday over the price of bread.", graph.Protest, 0},
		{"a deal with its parties stays",
			"Peru and Chile signed a fishing deal on Monday.", graph.Agreement, 1},
		{"protests with their place stay",
			"Protests broke out in Lima on Friday over the price of bread.", graph.Protest, 1},
		{"a treaty known by its name stays",
			"Officials said the 1961 Lisbon Fisheries treaty still holds.", graph.Agreement, 1},
		{"a year alone is no name",
			"Officials said the 2019 deal still holds.", graph.Agreement, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2026-01-10").output()
			n := 0
			var names []string
			for _, r := range g.Events {
				names = append(names, r.Event.Name)
				if r.Event.Type == tt.typ {
					n++
				}
			}
			if n != tt.want {
				t.Errorf("got %d %s events (%v), want %d", n, tt.typ, names, tt.want)
			}
		})
	}
}

func TestMeetingOpenedByAgreement(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "agreeing to open a dialogue makes its parties",
			text: "Peru and Chile agreed on Monday to open a dialogue on fishing quotas.",
			typ:  graph.Meeting, title: "dialogue", parts: []string{"Peru", "Chile"}},
		{name: "agreeing to reopen talks makes their parties",
			text: "Peru and Chile agreed on Monday to reopen talks on fishing quotas.",
			typ:  graph.Meeting, title: "talks", parts: []string{"Peru", "Chile"}},
	})
}
