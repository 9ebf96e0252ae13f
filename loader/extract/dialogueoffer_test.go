package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestDialogueOffer(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "dialogue a government is open to is its offer",
			text: "Prime Minister Pedro Sanchez said on Monday that his cabinet was open to dialogue under the constitution.",
			typ:  graph.Proposal, title: "dialogue", parts: []string{"Pedro Sanchez"}, absent: graph.Meeting},
		{name: "a quoted readiness for dialogue is the state's offer too",
			text: "Foreign Minister Marco Ruiz said on Friday that Peru remained \"open to a frank dialogue\" but would not drop the case.",
			typ:  graph.Proposal, title: "dialogue", parts: []string{"Peru"}, absent: graph.Meeting},
		{name: "facilitating dialogue is an offer",
			text: "Norway said it was ready to facilitate a new dialogue on the border.",
			typ:  graph.Proposal, title: "dialogue", parts: []string{"Norway"}},
		{name: "dialogue with a named side stays a meeting",
			text: "Prime Minister Pedro Sanchez said on Monday that his cabinet was open to dialogue with the unions of Catalonia.",
			typ:  graph.Meeting, title: "dialogue", absent: graph.Proposal},
		{name: "a dialogue noun near the start of the text looks back no further",
			text: "A new dialogue between Chile and Peru opened in Lima on Monday.",
			typ:  graph.Meeting, title: "dialogue", absent: graph.Proposal},
	})
}

func TestDialogueOfferClaims(t *testing.T) {
	checkClaims(t, "Foreign Minister Marco Ruiz said on Friday that Peru remained \"open to a frank dialogue\" but would not drop the case.",
		"2026-01-10", []string{"Marco Ruiz OFFERED Proposal event asserted", "Peru OFFERED Proposal event asserted"}, nil)
}
