package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestPledgedDeals(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "firms pledged to invest a sum in a state",
			text: "Finnish Trade Minister Ville Tavio said Finnish firms had pledged to invest $40 billion in Canada by 2030.",
			typ:  graph.Proposal, parts: []string{"Finland", "Canada"}},
		{name: "a state ready to expand imports from another",
			text: "Beijing was ready to expand imports of Japanese rice, Tanaka said.",
			typ:  graph.Proposal, parts: []string{"China"}},
		{name: "a state ready to buy from another",
			text: "Kenya was ready to buy more wheat from Ukraine, President William Ruto said.",
			typ:  graph.Proposal, parts: []string{"Kenya", "Ukraine"}},
	})
}

func TestPledgesWithNoDeal(t *testing.T) {
	runCountCases(t, "2026-01-10", graph.Proposal, []countCase{
		{name: "a relationship pledged is no deal",
			text: "Japan and Vietnam had pledged to build a friendly relationship, the minister said."},
		{name: "a forecast purchase is no pledge",
			text: "Analysts said India would buy more Russian oil this year."},
	})
}

func TestPledgeIsNotTheDeal(t *testing.T) {
	text := "Chile and Canada signed a trade agreement on Friday. " +
		"Grau said Chilean firms had pledged to invest $5 billion in Canada by 2030. " +
		"Lawmakers in Santiago must still approve the deal."
	g := analyse(t, text, "2026-01-10").output()
	var agreements, proposals int
	for _, r := range g.Events {
		switch r.Event.Type {
		case graph.Agreement:
			agreements++
		case graph.Proposal:
			proposals++
			if r.Event.Modality != graph.Possible {
				t.Errorf("got the pledge %q %s, want it possible: the deal to approve is the agreement", r.Event.Name, r.Event.Modality)
			}
		}
	}
	if agreements != 1 || proposals != 1 {
		t.Errorf("got %d agreements and %d proposals, want 1 and 1", agreements, proposals)
	}
}
