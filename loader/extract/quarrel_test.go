package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestClashIsAFightNotAQuarrel keeps "clashed with" an attack only between
// forces, crowds or peoples.
func TestClashIsAFightNotAQuarrel(t *testing.T) {
	runCountCases(t, "2026-03-12", graph.Attack, []countCase{
		{"forces and rebels", "Government troops clashed with rebels near Kidal on Monday.", 1},
		{"a people named by a demonym", "Settlers clashed with Palestinians near the village on Monday.", 1},
		{"a government and a capital", "The talks were the first since Bogota's government clashed with Washington in 2024 over visa rules.", 0},
		{"a leader", "The church's leadership has clashed with Pashinyan for months.", 0},
		{"the courts", "He accused the president of repeatedly clashing with the courts.", 0},
	})
}

// TestHolidayIsNoActor keeps a feast's name out of the actors: it dates
// the truce, nobody signs it.
func TestHolidayIsNoActor(t *testing.T) {
	d := analyse(t, "The pause starts on Saturday and lasts through Easter Monday, the minister told reporters in Ankara. The pope hoped it would hold beyond Easter.", "2026-04-09")
	for _, n := range []string{"Easter Monday", "Easter", "Orthodox Easter"} {
		for _, typ := range []graph.EntityType{graph.Person, graph.Organization, graph.Location} {
			if d.entityNamed(typ, n) != nil {
				t.Errorf("got a %s %q, want none (entities %q)", typ, n, entities(d))
			}
		}
	}
}
