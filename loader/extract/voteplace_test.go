package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestNationalVotePlace(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "a city near a general election gives way to its state",
			text: "Students rallied in Lima on Monday, demanding that general elections in April go ahead in Peru's provinces.",
			typ:  graph.Election, title: "election", loc: "Peru"},
		{name: "the people who vote name the state",
			text: "The row has become a campaign issue ahead of the June 7 presidential election, in which Chileans will choose a new leader.",
			typ:  graph.Election, title: "election", loc: "Chile"},
		{name: "a municipal vote keeps its city",
			text: "The opposition in Turkey won the municipal elections in Ankara on Sunday.",
			typ:  graph.Election, title: "election", loc: "Ankara"},
	})
}
