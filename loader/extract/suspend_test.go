package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestSuspendIsAnEvent(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "a pledge to suspend cooperation with a neighbour",
			text: "Kenya will suspend its cooperation with Uganda on border security, the foreign minister said.",
			typ:  graph.OtherEvent, title: "suspension", parts: []string{"Kenya", "Uganda"}},
	})
}

func TestSuspensionHangsOnTheCondition(t *testing.T) {
	tests := []struct {
		name, text   string
		want, absent []string
	}{
		{"the suspension, not the cooperation, is conditioned",
			"Kenya will suspend its cooperation with Uganda if the border clashes continue, the foreign minister said.",
			[]string{"Other event CONDITIONED_ON Attack event asserted"}, nil},
		{"a threatened suspension read as a threat leaves the talks unconditioned",
			"Chancellor Maria Lindqvist warned on Monday that Sweden could suspend trade talks with Norway if the border clashes went on.",
			nil, []string{"Meeting event CONDITIONED_ON Attack event asserted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkClaims(t, tt.text, "2026-01-10", tt.want, tt.absent)
		})
	}
}
