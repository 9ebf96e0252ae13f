package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestAskedProbe(t *testing.T) {
	tests := []struct {
		name, text string
		// wantParts are the participants of the inquiry; nil wants none
		// built at all.
		wantParts []string
		wantLoc   string
		want      []string
	}{
		{
			name:      "called for, held by",
			text:      "Chilean President Ana Rojas called for an investigation by the African Union into the shooting.",
			wantParts: []string{"African Union"},
			want:      []string{"Ana Rojas DEMANDED Other event asserted"},
		},
		{
			name:      "demanded, holder before the noun",
			text:      "Norway demanded an impartial UN inquiry into the sinking.",
			wantParts: []string{"United Nations"},
			want:      []string{"Norway DEMANDED Other event asserted"},
		},
		{
			name:    "asked another state to hold it",
			text:    "The European Union urged the Bolivian authorities to carry out a prompt investigation into the deaths.",
			wantLoc: "Bolivia",
			want:    []string{"European Union DEMANDED Other event asserted"},
		},
		{
			name: "an inquiry under way is no event",
			text: "Police in Lima said an investigation by the African Union had been opened into the shooting.",
		},
		{
			name: "an inquiry the speaker reports is no event",
			text: "Norway said a UN inquiry into the sinking was under way.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyse(t, tt.text, "2025-04-02")
			g := d.output()
			names := entityNames(g)
			probes := typedEvents(g, graph.OtherEvent)
			if tt.wantParts == nil && tt.wantLoc == "" {
				if len(probes) != 0 {
					t.Fatalf("got %d Other events %v, want none", len(probes), probes)
				}
				return
			}
			if len(probes) != 1 {
				t.Fatalf("got %d Other events %v, want 1", len(probes), probes)
			}
			ev := probes[0]
			if ev.Modality != graph.Possible {
				t.Errorf("got modality %v, want %v", ev.Modality, graph.Possible)
			}
			checkEventArgs(t, ev, names, tt.wantParts, tt.wantLoc)
			if got := participantNames(ev, names); len(got) != len(tt.wantParts) {
				t.Errorf("got participants %v, want %v", got, tt.wantParts)
			}
			checkClaims(t, tt.text, "2025-04-02", tt.want, nil)
		})
	}
}
