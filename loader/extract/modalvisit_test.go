package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestModalVisitHasItsVisitor(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "a visit a modal tells",
			text: "Officials said Turkish President Recep Tayyip Erdogan could visit Cairo before the end of the summer.",
			typ:  graph.Meeting, title: "meeting", parts: []string{"Recep Tayyip Erdogan"}, loc: "Cairo"},
		{name: "a visit a future tells",
			text: "Kenyan President William Ruto will visit Addis Ababa next month.",
			typ:  graph.Meeting, title: "meeting", parts: []string{"William Ruto"}},
	})
}
