package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestBackdropStaysApart keeps an event told with its own earlier month or
// year off the day's event of its type, and lets later mentions of the
// day's event find it again.
func TestBackdropStaysApart(t *testing.T) {
	tests := []struct {
		name string
		text string
		typ  graph.EventType
		want int
	}{
		{"an earlier bombing by its month",
			"A car bomb exploded outside the finance ministry in Mogadishu on Tuesday, killing six people, police said.\n\nThe blast was the deadliest in the capital since a truck bomb hit the Sahafi hotel in Mogadishu in March 2023.",
			graph.Attack, 2},
		{"an earlier sanction by its year",
			"The European Union imposed sanctions on Belarusian potash exporters on Monday.\n\nBrussels sanctioned the country's central bank last year.",
			graph.Sanction, 2},
		{"the day's bombing named again after the backdrop",
			"A car bomb exploded outside the finance ministry in Mogadishu on Tuesday, killing six people, police said.\n\nIn March 2023 a truck bomb hit the Sahafi hotel in Mogadishu.\n\nThe African Union condemned the bombing.",
			graph.Attack, 2},
		{"one bombing told twice in one month",
			"A car bomb exploded outside the finance ministry in Mogadishu on Tuesday, killing six people, police said.\n\nThe bombing in Mogadishu was the third this month.",
			graph.Attack, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := eventCount(t, tt.text, "2025-10-09", tt.typ); got != tt.want {
				t.Errorf("got %d %s events, want %d", got, tt.typ, tt.want)
			}
		})
	}
}

// TestAsideTimeStaysInClause keeps the time of a ", whose ..." clause or a
// ", signed by ..." clause off the events outside it. 2025-10-09 is a
// Thursday.
func TestAsideTimeStaysInClause(t *testing.T) {
	checkEventDays(t, "2025-10-09", []dayCase{
		{"a whose clause",
			"Kenya's President William Ruto, whose party won the election in 2022, met Somalia's President Hassan Sheikh Mohamud in Nairobi on Tuesday.",
			"Meeting", "", "2025-10-07"},
		{"a passive participle clause",
			"Gunmen attacked a convoy of the regional force, deployed by the African Union last year, near Baidoa on Wednesday.",
			"Attack", "", "2025-10-08"},
	})
}
