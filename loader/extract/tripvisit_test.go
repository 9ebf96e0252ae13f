package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestTripVisits(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "an envoy expected to travel to a city",
			text: "U.N. envoy Maria Kowalczyk is expected to travel to Ankara next week, an official said.",
			typ:  graph.Meeting, parts: []string{"Maria Kowalczyk"}, loc: "Ankara"},
		{name: "a leader who flew to a city",
			text: "Chilean President Ana Ortiz flew to Valparaiso on Monday and promised funds for the repairs.",
			typ:  graph.Meeting, parts: []string{"Ana Ortiz"}, loc: "Valparaiso"},
		{name: "a trip to the region",
			text: "Foreign Minister Pedro Alves will travel to the region next month, his office said.",
			typ:  graph.Meeting, parts: []string{"Pedro Alves"}},
		{name: "several phone calls",
			text: "Prime Minister Ana Ortiz held phone calls with President Lula da Silva and President Javier Milei on Friday.",
			typ:  graph.Meeting, parts: []string{"Ana Ortiz", "Javier Milei"}},
	})
}

func TestTripMeetingsCounted(t *testing.T) {
	runCountCases(t, "2026-01-10", graph.Meeting, []countCase{
		{"a trip to meet someone is that meeting",
			"Brazilian President Lula da Silva flew to Santiago on Thursday to meet President Gabriel Boric.", 1},
		{"a state advising against travel makes no visit",
			"Germany urged its citizens to avoid travel to Haiti on Friday.", 0},
		{"a call and an invited visit are two meetings",
			"Prime Minister Ana Ortiz spoke with President Javier Milei by phone on Monday and invited Milei to visit Chile.", 2},
	})
}
