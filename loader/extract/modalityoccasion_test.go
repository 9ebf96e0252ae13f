package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestModalityActOccasion(t *testing.T) {
	tests := []struct {
		text    string
		trigger string
		want    graph.Modality
	}{
		{"Lenders pledged $4bn towards the new port at a two-day conference in Oslo on Monday.", "conference", graph.Asserted},
		{"The governor vowed at a rally in Recife on Sunday to cut fuel prices.", "rally", graph.Asserted},
		{"Ministers promised fresh funds during the summit in Accra.", "summit", graph.Asserted},
		{"Lenders are expected to pledge funds at a conference in Oslo.", "conference", graph.Possible},
		{"Lenders will pledge funds at a summit in Oslo.", "summit", graph.Possible},
		{"Lenders pledged to attend a summit in Oslo.", "summit", graph.Possible},
		{"The foreign ministers of Poland and France have pledged to co-ordinate plans for security guarantees after meeting in Warsaw yesterday.", "meeting", graph.Asserted},
		{"The foreign ministers will pledge to co-ordinate plans for security guarantees after meeting in Warsaw next week.", "meeting", graph.Possible},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			checkModality(t, tt.text, tt.trigger, tt.want)
		})
	}
}
