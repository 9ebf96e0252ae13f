package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestDisasterBlows(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "an earthquake that struck an island is no attack",
			text: "The toll from a strong earthquake that struck the island of Sumatra on Friday rose to 20, officials said.",
			typ:  graph.OtherEvent, title: "earthquake", loc: "Sumatra", absent: graph.Attack},
		{name: "a typhoon that struck a coast is no attack",
			text: "A typhoon struck the coast of Vietnam on Monday. Thailand and Laos held talks in Vientiane on Tuesday.",
			typ:  graph.Meeting, title: "talks", absent: graph.Attack},
		{name: "a quake off an island is placed there",
			text: "A magnitude 6.4 quake off Hokkaido on Tuesday damaged several ports.",
			typ:  graph.OtherEvent, title: "quake", loc: "Hokkaido"},
		{name: "a quake that struck a state is placed in it",
			text: "A magnitude 5.9 earthquake struck western Nepal on Monday, officials said.",
			typ:  graph.OtherEvent, title: "earthquake", loc: "Nepal", absent: graph.Attack},
		{name: "floods that hit a state are placed in it",
			text: "Floods hit Pakistan last week, the disaster agency said.",
			typ:  graph.OtherEvent, title: "floods", loc: "Pakistan"},
		{name: "drones that struck a depot still attack",
			text: "Drones struck a fuel depot in Novorossiysk on Sunday, the governor said.",
			typ:  graph.Attack, title: "Novorossiysk", loc: "Novorossiysk"},
	})
}
