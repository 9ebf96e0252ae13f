package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestDownedWeaponsFallOverTheDefenders(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "the demonym owns the drones, the defenders' state is the place",
			text: "Iran's army said its air defences downed 14 Israeli drones overnight.",
			typ:  graph.Attack, parts: []string{"Israel", "Iran"}, loc: "Iran"},
		{name: "destroyed over a named region keeps the region",
			text: "Russia's defence ministry said its air defences destroyed 40 Ukrainian drones over the Kursk region.",
			typ:  graph.Attack, parts: []string{"Ukraine"}, loc: "Kursk region"},
	})
}

func TestSeparateIncidentOpensANewEvent(t *testing.T) {
	runCountCases(t, "2026-02-10", graph.Attack, []countCase{
		{"in a separate incident", "Sudanese army jets bombed a market in Nyala on Sunday. In a separate incident, a drone struck a fuel depot near Kosti.", 2},
		{"separately", "Sudanese army jets bombed a market in Nyala on Sunday. Separately, a drone struck a fuel depot near Kosti.", 2},
	})
}
