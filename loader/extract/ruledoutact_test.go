package extract

import (
	"slices"
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestRuledOutAct(t *testing.T) {
	tests := []struct {
		name, text string
		// wantParts are the participants of the one Other event; nil wants
		// no Other event at all.
		wantParts []string
	}{
		{
			name:      "inquiry not ruled out",
			text:      "Chile's interior ministry said Santiago did not rule out a joint investigation into the fire.",
			wantParts: []string{"Chile"},
		},
		{
			name:      "complaint taken to a body",
			text:      "Norway's trade minister said Oslo would not rule out a formal complaint with the World Trade Organization over the levy.",
			wantParts: []string{"Norway", "World Trade Organization"},
		},
		{
			name:      "without ruling out",
			text:      "Brazil criticised the quotas on Friday, without ruling out a legal challenge with the World Trade Organization.",
			wantParts: []string{"Brazil", "World Trade Organization"},
		},
		{
			name:      "gerund opens the act",
			text:      "The European Commission has not ruled out opening infringement proceedings against Poland.",
			wantParts: []string{"European Commission", "Poland"},
		},
		{
			name:      "reshuffle",
			text:      "Prime Minister Ana Ruiz refused to rule out a cabinet reshuffle.",
			wantParts: []string{"Ana Ruiz"},
		},
		{
			name: "a challenge not ruled out is no event",
			text: "Brazil said the quotas were a challenge for its farmers.",
		},
		{
			name: "a text that opens on out reads no rule-out",
			text: "Out inquiry into the fire was opened on Monday.",
		},
		{
			name: "an inquiry ruled out is no event",
			text: "Chile's interior ministry said Santiago ruled out a joint investigation into the fire.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyse(t, tt.text, "2025-04-02")
			g := d.output()
			names := entityNames(g)
			acts := typedEvents(g, graph.OtherEvent)
			if tt.wantParts == nil {
				if len(acts) != 0 {
					t.Fatalf("got %d Other events %v, want none", len(acts), acts)
				}
				return
			}
			if len(acts) != 1 {
				t.Fatalf("got %d Other events %v, want 1", len(acts), acts)
			}
			if acts[0].Modality != graph.Possible {
				t.Errorf("got modality %v, want %v", acts[0].Modality, graph.Possible)
			}
			got := participantNames(acts[0], names)
			slices.Sort(got)
			want := slices.Sorted(slices.Values(tt.wantParts))
			if !slices.Equal(got, want) {
				t.Errorf("got participants %v, want %v", got, want)
			}
		})
	}
}
