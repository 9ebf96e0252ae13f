package extract

import (
	"slices"
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestDeployReady(t *testing.T) {
	tests := []struct {
		name, text string
		// wantParts are the deployers; nil wants no deployment at all.
		wantParts []string
		wantLoc   string
	}{
		{
			name:      "two states ready, place after to",
			text:      "Oslo, June 3 - Norway and Denmark stand ready to deploy a monitoring force to Moldova.",
			wantParts: []string{"Norway", "Denmark"},
			wantLoc:   "Moldova",
		},
		{
			name:      "a body says it is prepared",
			text:      "The World Health Organization said on Monday it was prepared to deploy a medical team.",
			wantParts: []string{"World Health Organization"},
		},
		{
			name:      "modal",
			text:      "Chile could deploy two battalions to Haiti within weeks, its defence ministry said.",
			wantParts: []string{"Chile"},
			wantLoc:   "Haiti",
		},
		{
			name:      "a force preparing to deploy",
			text:      "The vote comes as the Sahel Joint Force, set up last year to replace a UN mission, prepares to deploy its first battalions.",
			wantParts: []string{"Sahel Joint Force"},
		},
		{
			name: "deployed already is background",
			text: "Brazil has deployed 4,000 troops to the border since March.",
		},
		{
			name: "a standing deployment told in passing",
			text: "Kenyan police, deployed in Haiti since 2024, patrolled the capital on Friday.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyse(t, tt.text, "2025-06-03")
			g := d.output()
			names := entityNames(g)
			deps := typedEvents(g, graph.OtherEvent)
			if tt.wantParts == nil {
				if len(deps) != 0 {
					t.Fatalf("got Other events %v, want none", deps)
				}
				return
			}
			if len(deps) != 1 {
				t.Fatalf("got %d Other events %v, want 1", len(deps), deps)
			}
			ev := deps[0]
			if ev.Modality == graph.Asserted {
				t.Errorf("got modality %v, want one not asserted", ev.Modality)
			}
			parts := checkEventArgs(t, ev, names, tt.wantParts, tt.wantLoc)
			if tt.wantLoc != "" && slices.Contains(parts, tt.wantLoc) {
				t.Errorf("got participants %v, want %s only as the place", parts, tt.wantLoc)
			}
		})
	}
}
