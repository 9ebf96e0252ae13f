package extract

import (
	"slices"
	"testing"

	"github.com/geokg/geokg/graph"
)

// eventTypesOf returns the types of the events extracted from text, in
// output order.
func eventTypesOf(t *testing.T, text, pub string) []graph.EventType {
	t.Helper()
	var out []graph.EventType
	for _, r := range analyse(t, text, pub).output().Events {
		out = append(out, r.Event.Type)
	}
	return out
}

func TestEventKinds(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []graph.EventType
	}{
		{"a bombing at a rally is the bombing",
			"A suicide bomber blew himself up at an election rally in Peshawar on Friday, killing seven people.",
			[]graph.EventType{graph.Attack}},
		{"a blast on a march is the blast",
			"Eight people died in a bombing at a campaign rally in Mogadishu on Sunday.",
			[]graph.EventType{graph.Attack}},
		{"police firing at a rally leaves the rally",
			"Police opened fire at a rally in Nairobi on Tuesday, witnesses said.",
			[]graph.EventType{graph.Protest}},
		{"drones launched overnight are an attack",
			"The air force said Russia launched 90 drones and three missiles overnight.",
			[]graph.EventType{graph.Attack}},
		{"missiles launched at a state are an attack",
			"Iran launched ballistic missiles at Israel on Sunday.",
			[]graph.EventType{graph.Attack}},
		{"a missile launch with no target stays a launch",
			"North Korea launched a ballistic missile on Thursday, Seoul said.",
			[]graph.EventType{graph.OtherEvent}},
		{"a tariff truce is a trade deal",
			"Mexico and Canada agreed on Monday to extend their tariff truce by 60 days.",
			[]graph.EventType{graph.Agreement}},
		{"the truce after a trade truce is that deal",
			"Mexico and Canada agreed to a trade truce in Madrid in May. Under the truce, duties on steel fell to 10%.",
			[]graph.EventType{graph.Agreement}},
		{"a ceasefire in a war stays a ceasefire",
			"Sudan's army and the RSF agreed to a ceasefire on Monday.",
			[]graph.EventType{graph.Ceasefire}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := eventTypesOf(t, tt.text, "2026-02-10"); !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}
