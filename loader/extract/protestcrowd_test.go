package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestCrowdActs(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "a crowd gathered outside a building protests",
			text: "Several hundred Albanians gathered outside the town hall in Pristina on Tuesday.",
			typ:  graph.Protest, title: "protest", loc: "Pristina"},
		{name: "supporters blocking a road protest on it",
			text: "His supporters blocked a highway between Kumasi and Accra for several hours on Monday.",
			typ:  graph.Protest, title: "protest", loc: "Kumasi"},
		{name: "a state blocking a package is no protest",
			text: "Hungary blocked the sanctions package in Brussels on Monday.",
			typ:  graph.Sanction, absent: graph.Protest},
		{name: "mourners gathered are no protest",
			text: "Thousands of mourners gathered outside the mosque in Kabul for the funeral of a cleric killed in an airstrike on Herat.",
			typ:  graph.Attack, absent: graph.Protest},
		{name: "a place opening the sentence is the march's",
			text: "Outside the Palace of Justice in Lisbon, some 4,000 teachers and nurses marched against the budget.",
			typ:  graph.Protest, title: "protest", loc: "Lisbon"},
		{name: "a dead city strike is a stoppage",
			text: "The opposition Union for Change called three days of 'dead city' strikes across Togo.",
			typ:  graph.Protest, title: "strikes", loc: "Togo", absent: graph.Attack},
	})
}

func TestCeasefirePhrases(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "an end to the fighting called for is a truce wanted",
			text: "Kenya's foreign minister called for an end to the fighting in Sudan.",
			typ:  graph.Ceasefire, title: "fighting", loc: "Sudan", absent: graph.Attack},
		{name: "a cessation of hostilities is one too",
			text: "Ethiopia and the rebels agreed a cessation of hostilities in Tigray on Friday.",
			typ:  graph.Ceasefire, title: "hostilities", absent: graph.Attack},
	})
}
