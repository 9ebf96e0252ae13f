package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestYearsKeepEventsApart(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "a vote of another year is not the one held this week",
			text: "Voters in Malawi cast ballots on Tuesday in a presidential election. The party of Peter Mutharika, which won the 2014 election in a landslide, is not taking part.",
			typ:  graph.Election, title: "presidential", loc: "Malawi", date: "2026-01-06"},
		{name: "the vote of another year stays an event of its own",
			text: "Voters in Malawi cast ballots on Tuesday in a presidential election. The party of Peter Mutharika, which won the 2014 election in a landslide, is not taking part.",
			typ:  graph.Election, title: "2014", parts: []string{"Peter Mutharika"}},
		{name: "the same year written again is still the same vote",
			text: "Ghana held a general election on Saturday. Observers praised the calm of the 2026 election.",
			typ:  graph.Election, title: "election", loc: "Ghana", date: "2026-01-10"},
	})
}
