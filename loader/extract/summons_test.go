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
				if r.Event.Type == graph.OtherEvent && found == nil {
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
