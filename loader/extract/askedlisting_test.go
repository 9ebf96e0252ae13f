package extract

import (
	"slices"
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestAskedListing checks that who urges others to list a group as
// terrorist lists no one, while the one asked, and a listing made, keep
// their parties.
func TestAskedListing(t *testing.T) {
	tests := []struct {
		name, text string
		wantParts  []string
		wantMod    graph.Modality
		noClaim    string // a SANCTIONED claim that must not be made
	}{
		{
			name:      "asker lists no one",
			text:      "Colombian Foreign Minister Ana Ruiz urged the international community to designate the ELN a terrorist group.",
			wantParts: []string{"ELN"},
			wantMod:   graph.Possible,
			noClaim:   "Ana Ruiz SANCTIONED ELN possible",
		},
		{
			name:      "the asked state would list",
			text:      "Colombia called on Canada to designate the ELN as a terrorist organisation.",
			wantParts: []string{"Canada", "ELN"},
			wantMod:   graph.Possible,
			noClaim:   "Colombia SANCTIONED ELN possible",
		},
		{
			name:      "a listing made",
			text:      "Canada re-listed the ELN as a terrorist entity in March.",
			wantParts: []string{"Canada", "ELN"},
			wantMod:   graph.Asserted,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2025-04-02").output()
			evs := typedEvents(g, graph.Sanction)
			if len(evs) != 1 {
				t.Fatalf("got %d Sanction events %v, want 1", len(evs), evs)
			}
			got := participantNames(evs[0], entityNames(g))
			slices.Sort(got)
			want := slices.Sorted(slices.Values(tt.wantParts))
			if !slices.Equal(got, want) {
				t.Errorf("got participants %v, want %v", got, want)
			}
			if evs[0].Modality != tt.wantMod {
				t.Errorf("got modality %v, want %v", evs[0].Modality, tt.wantMod)
			}
			if tt.noClaim != "" {
				checkClaims(t, tt.text, "2025-04-02", nil, []string{tt.noClaim})
			}
		})
	}
}
