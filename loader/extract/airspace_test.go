package extract

import (
	"slices"
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestAirspaceEntry(t *testing.T) {
	tests := []struct {
		name, text string
		// wantParts are the sides of the entry, sorted; nil wants no
		// Other event at all.
		wantParts []string
		wantLoc   string
	}{
		{
			name:      "demonym aircraft enter a demonym airspace",
			text:      "Two Belarusian helicopters entered Latvian airspace on Tuesday, the Latvian defence ministry said.",
			wantParts: []string{"Belarus", "Latvia"},
			wantLoc:   "Latvia",
		},
		{
			name:      "relative clause after the aircraft",
			text:      "Romanian jets shadowed Russian drones that had violated Moldovan airspace overnight.",
			wantParts: []string{"Moldova", "Russia"},
			wantLoc:   "Moldova",
		},
		{
			name:      "airspace of a named state",
			text:      "Turkish warplanes breached the airspace of Greece near Lesbos on Friday.",
			wantParts: []string{"Greece", "Turkey"},
			wantLoc:   "Lesbos", // the nearer place named wins over the state
		},
		{name: "entering a race is no event", text: "Norway's former premier entered the race for the presidency in March."},
		{name: "violating a truce is no airspace entry", text: "Serbia said Kosovo had violated the agreement twice."},
		{name: "an entry denied", text: "The Finnish army said no Russian aircraft had entered the country's airspace."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2026-02-11").output()
			names := entityNames(g)
			got := typedEvents(g, graph.OtherEvent)
			if tt.wantParts == nil {
				if len(got) != 0 {
					t.Fatalf("got Other events %v, want none", got)
				}
				return
			}
			if len(got) != 1 {
				t.Fatalf("got %d Other events %v, want 1", len(got), got)
			}
			var parts []string
			for _, id := range got[0].ParticipantIDs {
				parts = append(parts, names[id])
			}
			slices.Sort(parts)
			if !slices.Equal(parts, tt.wantParts) {
				t.Errorf("got parties %v, want %v", parts, tt.wantParts)
			}
			if loc := names[got[0].LocationID]; loc != tt.wantLoc {
				t.Errorf("got place %q, want %q", loc, tt.wantLoc)
			}
		})
	}
}
