package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestOfferToSend(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "an offer to send a team is a proposal of the offering state",
			text: "Norway offered to send a medical team to Peru on Tuesday.",
			typ:  graph.Proposal, title: "Norway", parts: []string{"Norway"}},
		{name: "words naming the team do not turn the offer into another event",
			text: "Iceland has offered to send a rescue team, its embassy said.",
			typ:  graph.Proposal, title: "Iceland", parts: []string{"Iceland"}},
		{name: "a titled envoy who offers to send observers",
			text: "The chairman of the Arab League, Ahmed Aboul Gheit, offered to send observers to Khartoum.",
			typ:  graph.Proposal, parts: []string{"Ahmed Aboul Gheit"}},
		{name: "a proposed truce is still the truce",
			text: "Kenya welcomed a proposed 30-day truce between Ethiopia and Eritrea.",
			typ:  graph.Ceasefire, title: "truce", absent: graph.Proposal},
	})
}
