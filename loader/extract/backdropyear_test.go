package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestEarlierYearAct holds acts brought in with "a" or "an" and dated by
// an earlier year: they stay apart from the day's act at the same place,
// which has no date of its own yet; an act of the article's year does not.
func TestEarlierYearAct(t *testing.T) {
	runCountCases(t, "2025-06-12", graph.Attack, []countCase{
		{"a past bombing the day's is measured by",
			"A car bomb struck a crowded market in Mosul, killing nine people, officials said. It was the deadliest attack in Mosul since a suicide bombing outside a mosque killed 12 people in 2019.",
			2},
		{"a fronted year before the earlier act",
			"In 2021, an ambush near Dori killed 11 soldiers. Gunmen ambushed an army convoy near Dori, killing four soldiers, the army said.",
			2},
		{"the article's own year is the day's act",
			"A car bomb struck a crowded market in Mosul, killing nine people, officials said. Police said a bombing in Mosul in 2025 had killed nine people.",
			1},
		{"a definite mention is not brought in",
			"A car bomb struck a crowded market in Mosul, killing nine people, officials said. The bombing in Mosul was the first there since 2019, police said.",
			1},
	})
}
