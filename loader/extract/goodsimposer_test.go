package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestGoodsDemonymImposesNothing(t *testing.T) {
	runClaimCases(t, "2026-02-10", []claimCase{
		{name: "the duty doubled on the goods is the tariff's",
			text:   "Canada's tariffs on Chilean goods took effect on Monday, raising the levy on most farm exports to 30%.",
			want:   []string{"Canada SANCTIONED Chile asserted"},
			absent: []string{"Chile SANCTIONED Canada asserted"}},
	})
}

func TestGoodsDemonymMakesNoSecondMeasure(t *testing.T) {
	n := eventCount(t, "Canada's tariffs on Chilean goods took effect on Monday, raising the levy on most farm exports to 30%.", "2026-02-10", graph.Sanction)
	if n != 1 {
		t.Errorf("got %d sanctions, want 1", n)
	}
}
