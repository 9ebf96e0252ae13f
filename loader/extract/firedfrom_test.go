package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestWeaponsFiredFrom reads weapons "fired from" a state at the head of a
// clause, past a dateline too, as the attack, and a state named anywhere in
// the phrase of whence they came as no place of it; a missile "fired from"
// a place after "hit by" is the strike "hit" tells.
func TestWeaponsFiredFrom(t *testing.T) {
	tests := []struct {
		name, text string
		attacks    int
		notPlace   string
	}{
		{"rockets fired from a state open the report",
			"KEMMET (AFP) - Rockets fired from Laos killed four villagers in Kemmet district on Tuesday, the army said.",
			1, "Laos"},
		{"two-word weapons past a dateline, fired from beyond a frontier",
			"KHONG, Thailand (AFP) - Mortar shells fired from beyond the frontier in Laos killed three farmers near Khemmarat on Monday.",
			1, "Laos"},
		{"the state named in the phrase of whence the shells came",
			"Mortar shells fired from beyond the frontier in Laos killed three farmers on Monday, officials said.",
			1, "Laos"},
		{"a missile fired from a place after hit by",
			"Kharkiv's main station was struck by a missile fired from Belgorod on Tuesday, killing four people.",
			1, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			attacks := docEvents(analyse(t, tt.text, "2025-12-10"), graph.Attack)
			for _, e := range attacks {
				if e.loc != nil && e.loc.name == tt.notPlace {
					t.Errorf("attack placed in %s, whence the weapons came", e.loc.name)
				}
			}
			if len(attacks) != tt.attacks {
				t.Errorf("got %d attacks, want %d", len(attacks), tt.attacks)
			}
		})
	}
}
