package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestSettlementFrameworks(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "a drafted framework to end a war is its author's proposal",
			text: "Sudanese and Kenyan negotiators held talks in Nairobi on Monday on a Kenyan-drafted framework to end the war.",
			typ:  graph.Proposal, parts: []string{"Kenya"}},
		{name: "a peace framework named with its author is a proposal",
			text: "Ethiopian officials held talks in Addis Ababa on Monday on the African Union's peace framework for Sudan.",
			typ:  graph.Proposal, parts: []string{"African Union"}},
	})
}

func TestStandingFrameworksAreNoProposals(t *testing.T) {
	tests := []struct{ name, text string }{
		{name: "a legal framework is a standing order",
			text: "Kenya adopted a new legal framework for its police on Monday."},
		{name: "within the framework of a pact names no proposal",
			text: "Chile and Peru met in Lima within the framework of their 2019 pact."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := analyse(t, tt.text, "2026-01-10").output()
			for _, r := range g.Events {
				if r.Event.Type == graph.Proposal {
					t.Errorf("got a Proposal %q, want none", r.Event.Name)
				}
			}
		})
	}
}
