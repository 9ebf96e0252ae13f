package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestTariffsADealEnds checks that tariffs a trade deal does away with are
// a term of the deal, not a sanction, while tariffs imposed still are.
func TestTariffsADealEnds(t *testing.T) {
	runCountCases(t, "2025-04-02", graph.Sanction, []countCase{
		{"a deal's term", "The free trade pact, signed in Lima last year, would eliminate tariffs on most Chilean exports to Japan.", 0},
		{"a deal abolishes duties", "Under the accord, Peru will abolish import duties on Chilean wine.", 0},
		{"tariffs imposed", "Peru imposed tariffs on Chilean wine on Monday.", 1},
	})
}
