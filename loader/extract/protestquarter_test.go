package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestProtestOwnedQuarter(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "a rally in a city's square is placed in the square",
			text: "About 5,000 teachers demonstrated in Lisbon's Commerce Square on Saturday over the pension reform.",
			typ:  graph.Protest, title: "protest", loc: "Commerce Square"},
		{name: "a crowd outside a building in a city's district",
			text: "Hundreds of people gathered outside the court in Ankara's Cankaya district on Tuesday.",
			typ:  graph.Protest, title: "protest", loc: "Cankaya district"},
		{name: "a rally in a city alone keeps the city",
			text: "About 5,000 teachers demonstrated in Lisbon on Saturday over the pension reform.",
			typ:  graph.Protest, title: "protest", loc: "Lisbon"},
	})
	tests := []claimCase{
		{"the wider city is no second place of the rally",
			"About 5,000 teachers demonstrated in Lisbon's Commerce Square on Saturday over the pension reform.",
			[]string{"Protest event OCCURRED_IN Commerce Square asserted", "Commerce Square LOCATED_IN Lisbon asserted"},
			[]string{"Protest event OCCURRED_IN Lisbon asserted"}},
		{"a strike in a city's district keeps the city as its place",
			"A missile struck a school in Kharkiv's Saltivka district on Monday.",
			[]string{"Attack event OCCURRED_IN Kharkiv asserted"}, nil},
	}
	runClaimCases(t, "2026-01-10", tests)
}
