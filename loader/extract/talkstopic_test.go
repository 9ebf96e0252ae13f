package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestTalksTopics(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "talks on a deal are talks",
			text: "Kenyan and Japanese officials said talks on a broader trade deal would begin in Nairobi later this month.",
			typ:  graph.Meeting, title: "talks", loc: "Nairobi", absent: graph.Agreement},
		{name: "talks over a permanent truce are talks",
			text: "Chad and Niger held talks over a permanent ceasefire in N'Djamena on Monday.",
			typ:  graph.Meeting, title: "talks", parts: []string{"Chad", "Niger"}, absent: graph.Ceasefire},
		{name: "a deal signed is still a deal",
			text: "Kenya and Japan signed a new trade agreement in Nairobi on Monday.",
			typ:  graph.Agreement, parts: []string{"Kenya", "Japan"}, loc: "Nairobi"},
	})
}
