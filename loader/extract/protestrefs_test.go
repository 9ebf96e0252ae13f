package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestProtestReferences(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "a definite strike after a general strike is the stoppage",
			text: "Dock workers across Chile walked out on Monday in a general strike called by the CUT federation. \"This strike will go on until wages rise,\" a union leader said.",
			typ:  graph.Protest, title: "strike", absent: graph.Attack},
		{name: "clashes right after a march belong to it",
			text: "Thousands of students marched on the parliament in Lima on Friday. Dozens of people were hurt in the clashes, police said.",
			typ:  graph.Protest, title: "Lima", loc: "Lima", absent: graph.Attack},
		{name: "clashes with an armed group stay an attack",
			text: "Thousands of students marched on the parliament in Lima on Friday. The clashes between the army and Shining Path left six dead in Ayacucho.",
			typ:  graph.Attack, title: "clashes"},
		{name: "a body that halts the country with a strike staged it",
			text: "Argentina's CGT labour federation paralysed much of the country on Tuesday with a nationwide general strike over pension cuts.",
			typ:  graph.Protest, title: "strike", parts: []string{"CGT"}},
		{name: "talk of a delay is no meeting",
			text: "Voters in Malawi reject talk of an election delay, a poll showed on Monday.",
			typ:  graph.Election, title: "election", absent: graph.Meeting},
	})
}
