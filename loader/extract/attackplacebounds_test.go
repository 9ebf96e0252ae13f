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
			"Rebels killed six villagers in a raid on the town of Karugutu on Sunday, burning huts as they fled, the army's spokesman Kato Mbabazi told reporters in Kampala.",
			"Attack event OCCURRED_IN Karugutu asserted", "Attack event OCCURRED_IN Kampala asserted"},
		{"a backer glued to its participle",
			"Shelling of a busy bus station in Donetsk killed seven people on Tuesday, the Moscow-installed governor, Denis Pushilin, said.",
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
		{"an election official's title", "Turnout was high in the hill districts, Chief Election Commissioner Dinesh Thapaliya told reporters.", 0},
	})
	runCountCases(t, "2026-03-07", graph.Meeting, []countCase{
		{"a so-called group", "The so-called Weimar Triangle of Poland, France and Germany issued a statement on Ukraine.", 0},
	})
}
