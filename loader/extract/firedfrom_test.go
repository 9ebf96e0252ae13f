package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestWeaponsFiredFrom reads weapons "fired from" a state at the head of a
// clause as the attack, the state as whence it came, not where it struck;
// a missile "fired from" a place after "hit by" is the strike "hit" tells.
func TestWeaponsFiredFrom(t *testing.T) {
	tests := []struct {
		name, text string
		attacks    int
		notPlace   string
	}{
		{"rockets fired from a state open the report",
			"KEMMET (AFP) - Rockets fired from Laos killed four villagers in Kemmet district on Tuesday, the army said.",
			1, "Laos"},
		{"a missile fired from a place after hit by",
			"Kharkiv's main station was struck by a missile fired from Belgorod on Tuesday, killing four people.",
			1, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyse(t, tt.text, "2025-12-10")
			n := 0
			for _, e := range d.events {
				if e.typ != graph.Attack {
					continue
				}
				n++
				if e.loc != nil && e.loc.name == tt.notPlace {
					t.Errorf("attack placed in %s, whence the weapons came", e.loc.name)
				}
			}
			if n != tt.attacks {
				t.Errorf("got %d attacks, want %d", n, tt.attacks)
			}
		})
	}
}
