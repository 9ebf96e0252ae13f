package extract

import (
	"slices"
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestAgreedStates(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		wantParts []string
	}{
		{"leaders of two states make the deal of both",
			"Kenya and Uganda share a long border. Kenyan President William Ruto and Ugandan President Yoweri Museveni agreed on Tuesday to widen security cooperation.",
			[]string{"Kenya", "Uganda", "William Ruto", "Yoweri Museveni"}},
		{"leaders no title ties to a state stay the only parties",
			"Kenya and Uganda share a long border. William Ruto and Yoweri Museveni agreed on Tuesday to widen security cooperation.",
			[]string{"William Ruto", "Yoweri Museveni"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2026-02-11").output()
			names := entityNames(g)
			got := typedEvents(g, graph.Agreement)
			if len(got) != 1 {
				t.Fatalf("got %d Agreement events %v, want 1", len(got), got)
			}
			parts := participantNames(got[0], names)
			slices.Sort(parts)
			if !slices.Equal(parts, tt.wantParts) {
				t.Errorf("got parties %v, want %v", parts, tt.wantParts)
			}
		})
	}
}
