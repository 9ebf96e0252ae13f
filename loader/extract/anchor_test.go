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
		{"the article's own year alone is no name",
			"Officials said the 2026 deal still holds.", graph.Agreement, 0},
		{"a past year names one past event",
			"Officials said the 2019 deal still holds.", graph.Agreement, 1},
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

// TestAttackToldAgainByItsTarget holds that an attack named again by "the"
// and its target is the one reported, even placed more narrowly, and that
// a later mention by the wider place still finds it.
func TestAttackToldAgainByItsTarget(t *testing.T) {
	tests := []struct {
		name string
		text string
		want int // attacks in the graph
	}{
		{"the base attacked is the base overrun",
			"Rebels overran an army base in Colombia's Cauca department on Sunday, killing nine soldiers. The fighters attacked the base on the outskirts of Popayan, officials said.", 1},
		{"the raid of that day found by the wider place",
			"Rebels overran an army base in Colombia's Cauca department on Sunday, killing nine soldiers. The fighters attacked the base on the outskirts of Popayan, officials said. Sunday's raid was the second in Cauca this year.", 1},
		{"another target is another attack",
			"Rebels overran an army base in Colombia's Cauca department on Sunday, killing nine soldiers. On Monday the rebels attacked the bridge near Popayan.", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2026-03-24").output()
			var names []string
			for _, r := range g.Events {
				if r.Event.Type == graph.Attack {
					names = append(names, r.Event.Name)
				}
			}
			if len(names) != tt.want {
				t.Errorf("got attacks %v, want %d", names, tt.want)
			}
		})
	}
}
