package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestModalVisitHasItsVisitor(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "a visit a modal tells",
			text: "Aides said Egyptian President Abdel Fattah el-Sissi could visit Ankara in the autumn.",
			typ:  graph.Meeting, title: "meeting", parts: []string{"Abdel Fattah el-Sissi"}, loc: "Ankara"},
		{name: "a visit a future tells",
			text: "Kenyan President William Ruto will visit Addis Ababa next month.",
			typ:  graph.Meeting, title: "meeting", parts: []string{"William Ruto"}},
	})
}

// TestModalVisitEndsText reads "visit" as the text's last word, where no
// name can follow it.
func TestModalVisitEndsText(t *testing.T) {
	d := analyse(t, "Officials said Kenyan President William Ruto would visit", "2026-01-10")
	for _, e := range docEvents(d, graph.Meeting) {
		if e.loc != nil {
			t.Errorf("got a visit to %s, want no place", e.loc.name)
		}
	}
}
