package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestAgreedPace(t *testing.T) {
	tests := []struct {
		name, text string
		want       int // Agreement events
	}{
		{"speed up talks", "Norway and Sweden agreed on Monday to speed up talks on their fishing zones.", 1},
		{"step up patrols", "Chile and Peru agreed to step up joint patrols along their border.", 1},
		{"accelerate negotiations", "Chile and Peru agreed to accelerate negotiations over the river.", 1},
		{"the truce is what is agreed", "Chile and Peru agreed to respect the truce.", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2025-04-02").output()
			if got := len(typedEvents(g, graph.Agreement)); got != tt.want {
				t.Errorf("got %d Agreement events, want %d", got, tt.want)
			}
		})
	}
}
