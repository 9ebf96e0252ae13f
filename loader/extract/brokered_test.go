package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestBrokerTakesPart(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "a state named before -brokered joins the truce",
			text: "Chad and Niger fought a border war in May, but a Qatar-brokered truce has mostly held since.",
			typ:  graph.Ceasefire, title: "truce", parts: []string{"Qatar"}},
		{name: "the broker's adjective joins the truce beside the sides",
			text: "A Kenyan-brokered truce between Ethiopia and Somalia took effect on Friday.",
			typ:  graph.Ceasefire, title: "truce", parts: []string{"Kenya", "Ethiopia", "Somalia"}},
		{name: "a mediator of talks takes part in them",
			text: "Serbia and Kosovo will join a fresh round of EU-mediated talks in Vienna next month.",
			typ:  graph.Meeting, title: "talks", parts: []string{"European Union", "Serbia", "Kosovo"}},
		{name: "a backer of a plan takes part in it",
			text: "The army on Sunday rejected a Turkish-backed peace plan for the north.",
			typ:  graph.Proposal, title: "plan", parts: []string{"Turkey"}},
	})
}

func TestBackerOfAttackersIsNoParty(t *testing.T) {
	checkNoParty(t, "Iran-backed rebels attacked an army base in southern Yemen on Monday.", "2026-01-10", graph.Attack, "Iran") // it backs the attackers
}
