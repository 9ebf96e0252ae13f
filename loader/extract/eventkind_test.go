package extract

import (
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
)

// Two undated acts of one type among the same parties are two nodes when
// their words name different acts, one node when they retell one act.
func TestOtherEventKindKeysNode(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // a word of each Other event's name, in order
	}{
		{"a resignation and an arrest",
			"Former president Ali Kone resigned in May. Kone was later arrested.",
			[]string{"Kone", "arrest"}},
		{"a resignation and a takeover",
			"Ali Kone resigned as army chief in March. Kone seized power in a coup two years later.",
			[]string{"Kone", "takeover"}},
		{"a recognition and the decision to recognise are one recognition",
			"Georgia condemned Chile's recognition of Abkhazia. Chile's decision to recognise Abkhazia angered Tbilisi.",
			[]string{"recognition"}},
		{"giving up arms and being disarmed are one disarmament",
			"The M23 has said it will not give up its arms. Congo says its troops will remain until the M23 is disarmed.",
			[]string{"disarmament"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2026-01-10").output()
			var got []string
			for _, r := range g.Events {
				if r.Event.Type == graph.OtherEvent {
					got = append(got, r.Event.Name)
				}
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got Other events %q, want %d named with %q", got, len(tt.want), tt.want)
			}
			for i, w := range tt.want {
				if !strings.Contains(got[i], w) {
					t.Errorf("got event %d %q, want a name with %q", i, got[i], w)
				}
			}
		})
	}
}
