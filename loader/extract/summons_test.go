package extract

import (
	"slices"
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestSummonedEnvoy(t *testing.T) {
	tests := []struct {
		name, text   string
		want, absent []string
	}{
		{"the envoy's state by possessive",
			"Norway summoned Sweden's ambassador on Monday over the fishing dispute.",
			[]string{"Norway", "Sweden"}, nil},
		{"the envoy named after a demonym and title",
			"Norway summoned Swedish ambassador Karl Lind on Monday.",
			[]string{"Norway", "Sweden", "Karl Lind"}, nil},
		{"the envoy's state after the title",
			"Norway summoned the ambassador of Sweden on Monday.",
			[]string{"Norway", "Sweden"}, nil},
		{"the envoy's title with a comma name",
			"Norway summoned the Swedish envoy, Karl Lind, on Monday.",
			[]string{"Sweden", "Karl Lind"}, []string{"Monday"}},
		{"a Commonwealth state's high commissioner",
			"Kenya summoned the Ugandan high commissioner on Monday to protest against the remarks.",
			[]string{"Kenya", "Uganda"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2026-01-10").output()
			names := entityNames(g)
			var found *graph.Event
			for i, r := range g.Events {
				if r.Event.Type == graph.Meeting && found == nil {
					found = &g.Events[i].Event
				}
			}
			if found == nil {
				t.Fatalf("got %d events, want a summons", len(g.Events))
			}
			parts := checkEventArgs(t, *found, names, tt.want, "")
			for _, a := range tt.absent {
				if slices.Contains(parts, a) {
					t.Errorf("got participants %v, want no %s", parts, a)
				}
			}
		})
	}
}

// A summons is a meeting of whoever summons and the envoy's side.
func TestSummonsMeets(t *testing.T) {
	tests := []struct {
		name, text   string
		want, absent []string
	}{
		{"the state meets the envoy's state",
			"Norway summoned Sweden's ambassador on Monday over the fishing dispute.",
			[]string{"Norway MET_WITH Sweden asserted", "Norway PARTICIPATED_IN Meeting event asserted", "Sweden PARTICIPATED_IN Meeting event asserted"}, nil},
		{"a ministry meets the envoy's state, not its own state",
			"Chile's Foreign Ministry summoned the Peruvian ambassador on Friday.",
			[]string{"Peru MET_WITH Chile's Foreign Ministry asserted"}, []string{"Chile MET_WITH Chile's Foreign Ministry asserted", "Chile's Foreign Ministry MET_WITH Chile asserted"}},
		{"a name in the reason is no side",
			"Norway summoned the Swedish ambassador on Monday after reports that the Danish navy had entered its waters.",
			[]string{"Norway MET_WITH Sweden asserted"}, []string{"Denmark PARTICIPATED_IN Meeting event asserted", "Norway MET_WITH Denmark asserted"}},
		{"the envoy named later in the article",
			"Norway summoned Sweden's ambassador on Monday over the fishing dispute.\n\nDeputy Foreign Minister Anne Berg handed Swedish ambassador Karl Lind a protest note.",
			[]string{"Norway MET_WITH Karl Lind asserted", "Karl Lind PARTICIPATED_IN Meeting event asserted"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2026-01-10", tt.want, tt.absent)
		})
	}
}
