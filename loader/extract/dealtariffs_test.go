package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestTariffsADealEnds(t *testing.T) {
	tests := []struct {
		name, text string
		want       int // Sanction events
	}{
		{"a deal's term", "The free trade pact, signed in Lima last year, would eliminate tariffs on most Chilean exports to Japan.", 0},
		{"a deal abolishes duties", "Under the accord, Peru will abolish import duties on Chilean wine.", 0},
		{"tariffs imposed", "Peru imposed tariffs on Chilean wine on Monday.", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2025-04-02").output()
			if got := len(typedEvents(g, graph.Sanction)); got != tt.want {
				t.Errorf("got %d Sanction events, want %d", got, tt.want)
			}
		})
	}
}
