package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestRallySpeech(t *testing.T) {
	tests := []struct {
		name, text string
		want       graph.EventType
	}{
		{"a leader speaking at a rally gives a speech",
			"President Gustavo Reyes, speaking at a rally in Cali, said his government would raise the minimum wage.",
			graph.Statement},
		{"telling supporters at a campaign rally",
			"\"We will win this fight,\" Senator Ana Ortiz told thousands of supporters at a campaign rally in Lima.",
			graph.Statement},
		{"a rally told is the audience of a speech",
			"Governor Ana Ortiz told a rally in Cali that the province would hold a vote.",
			graph.Statement},
		{"the protest's rally told stays the protest",
			"Thousands of farmers rallied in Lima on Monday to demand lower fuel prices. Union leader Ana Ortiz told the rally that the strike would go on.",
			graph.Protest},
		{"a rally held by protesters stays a protest",
			"Thousands of farmers held a rally in Lima on Monday to demand lower fuel prices.",
			graph.Protest},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2026-01-10").output()
			var got []graph.EventType
			for _, r := range g.Events {
				if r.Event.Type == graph.Statement || r.Event.Type == graph.Protest {
					got = append(got, r.Event.Type)
				}
			}
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("got events %v, want one %s", got, tt.want)
			}
		})
	}
}
