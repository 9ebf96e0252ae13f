package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestIssuerAfterTime(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "a day between the participle and by",
			text: "Zambian President Hakainde Mulenga won the vote with 61% of ballots, according to provisional results announced on Sunday by the Electoral Commission of Zambia.",
			typ:  graph.Statement, title: "results", parts: []string{"Electoral Commission of Zambia"}},
		{name: "late on a weekday",
			text: "Provisional results released late on Monday by the Electoral Commission of Zambia gave the ruling party a majority.",
			typ:  graph.Statement, title: "results", parts: []string{"Electoral Commission of Zambia"}},
	})
}
