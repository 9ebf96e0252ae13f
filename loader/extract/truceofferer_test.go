package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestTruceOfferers(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "the group offering a truce is its party",
			text: "The Northern Liberation Front offered a ceasefire on Monday.",
			typ:  graph.Ceasefire, parts: []string{"Northern Liberation Front"}},
		{name: "modifiers before the truce",
			text: "The Northern Liberation Front offered a month-long unilateral ceasefire during the vote.",
			typ:  graph.Ceasefire, parts: []string{"Northern Liberation Front"}},
		{name: "states proposing a truce are its parties",
			text: "Norway and Chile have proposed a three-month humanitarian truce in the region.",
			typ:  graph.Ceasefire, parts: []string{"Norway", "Chile"}, absent: graph.Proposal},
	})
	tests := []claimCase{
		{"the offerer offers the truce",
			"The Northern Liberation Front offered a ceasefire on Monday.",
			[]string{"Northern Liberation Front OFFERED Ceasefire event asserted"}, nil},
		{"who rejects a proposed truce neither offers nor joins it",
			"The Northern Liberation Front rejected the proposed truce with Colombia on Monday.",
			nil, []string{"Northern Liberation Front OFFERED Ceasefire event asserted"}},
	}
	runClaimCases(t, "2026-01-10", tests)
}
