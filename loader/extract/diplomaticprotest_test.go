package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestDiplomaticProtests(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "a protest lodged with a state", typ: graph.OtherEvent, title: "protest",
			text:  "Vietnam lodged a strong protest with China on Friday after Chinese vessels entered its waters.",
			parts: []string{"Vietnam", "China"}, absent: graph.Protest},
		{name: "a complaint to be filed with a body is possible", typ: graph.OtherEvent, title: "complaint",
			text:  "Sudan said it would file a complaint with the African Union over the incursion.",
			parts: []string{"Sudan", "African Union"}},
		{name: "a protest lodged with no addressee is no event", typ: graph.Sanction, title: "sanctions",
			text:   "Seoul lodged a protest over the remarks. Japan imposed sanctions on North Korea on Monday.",
			absent: graph.OtherEvent},
		{name: "a complaint about a nuisance is no event", typ: graph.Meeting, title: "talks",
			text:   "Residents filed a complaint about the noise. Chile and Peru held talks in Lima on Monday.",
			absent: graph.OtherEvent},
	})
}
