package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestAgreedPace checks that agreeing to speed something up is one
// agreement even when what is sped up is an event word.
func TestAgreedPace(t *testing.T) {
	runCountCases(t, "2025-04-02", graph.Agreement, []countCase{
		{"speed up talks", "Norway and Sweden agreed on Monday to speed up talks on their fishing zones.", 1},
		{"step up patrols", "Chile and Peru agreed to step up joint patrols along their border.", 1},
		{"accelerate negotiations", "Chile and Peru agreed to accelerate negotiations over the river.", 1},
		{"the truce is what is agreed", "Chile and Peru agreed to respect the truce.", 0},
	})
}
