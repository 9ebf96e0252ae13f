package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestConfidenceVotes(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "a no-confidence motion is a vote",
			text: "Estonia's cabinet led by Prime Minister Karl Tamm survived a no-confidence motion in the parliament on Tuesday. Estonia faces a deficit.",
			typ:  graph.Election, title: "no-confidence", parts: []string{"Karl Tamm"}, loc: "Estonia"},
		{name: "a vote of no confidence is one too",
			text: "Opposition deputies in Slovakia tabled a vote of no confidence against Prime Minister Ivan Horak.",
			typ:  graph.Election, title: "confidence", loc: "Slovakia"},
		{name: "a bare vote is still no event",
			text: "The resolution passed by a vote of 12 to 3 in Geneva.",
			typ:  graph.OtherEvent, absent: graph.Election},
	})
}

func TestHomeVotePlace(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "a weekday's general election is the article's state's",
			text: "Soldiers in Malawi seized the broadcaster on Thursday. Malawi's opposition said protests followed Tuesday's general election.",
			typ:  graph.Election, title: "election", loc: "Malawi"},
		{name: "an upcoming election named with the state keeps it",
			text: "Ghana's president met Nigeria's leader. Nigeria's foreign minister spoke of the Nigerian presidential election.",
			typ:  graph.Election, title: "election", loc: "Nigeria"},
	})
}
