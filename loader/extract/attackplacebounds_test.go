package extract

import (
	"slices"
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestAttackPlacesBounds keeps the places an attack's sentence names for
// other reasons out of where it occurred: where a spokesman spoke, and a
// state named as the backer of an official.
func TestAttackPlacesBounds(t *testing.T) {
	tests := []struct {
		name, text, want, not string
	}{
		{"where the spokesman spoke",
			"Rebels killed eight people in a raid on the town of Bwera on Sunday, torching homes before withdrawing, army spokesman Felix Kulayigye told reporters in Kampala.",
			"Attack event OCCURRED_IN Bwera asserted", "Attack event OCCURRED_IN Kampala asserted"},
		{"a backer glued to its participle",
			"A drone attack on a crowded market in Donetsk killed seven people on Wednesday, the Moscow-installed head of the region, Denis Pushilin, said.",
			"Attack event OCCURRED_IN Donetsk asserted", "Attack event OCCURRED_IN Moscow asserted"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := claimsOf(t, analyse(t, tt.text, "2026-03-10"))
			if !slices.Contains(got, tt.want) || slices.Contains(got, tt.not) {
				t.Errorf("got %v, want %q and not %q", got, tt.want, tt.not)
			}
		})
	}
}

// TestNotATriggerInName keeps an event word that names a title or a label
// from making an event.
func TestNotATriggerInName(t *testing.T) {
	runCountCases(t, "2026-03-07", graph.Election, []countCase{
		{"an election official's title", "Turnout was about 61 per cent, Chief Election Commissioner Ram Prasad Bhandari told reporters.", 0},
	})
	runCountCases(t, "2026-03-07", graph.Meeting, []countCase{
		{"a so-called group", "The so-called Weimar Triangle of Poland, France and Germany issued a statement on Ukraine.", 0},
	})
}
