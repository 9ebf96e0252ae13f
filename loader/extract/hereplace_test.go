package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestHerePlace(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "talks held here meet in the dateline's city",
			text: "NAIROBI, Jan 9 (Xinhua) -- Kenyan President William Ruto held talks with Somali President Hassan Sheikh Mohamud here on Thursday.",
			typ:  graph.Meeting, title: "talks", loc: "Nairobi"},
		{name: "a deal signed here",
			text: "HANOI, Jan 9 (Xinhua) -- Vietnam and Laos signed a border agreement here on Thursday.",
			typ:  graph.Agreement, title: "agreement", loc: "Hanoi"},
	})
}

func TestHereOrAnywhereNamesNoPlace(t *testing.T) {
	d := analyse(t, "CARACAS, Jan 9 (Reuters) - \"If they want talks, we will hold talks, here or anywhere,\" Maduro said.", "2026-01-10")
	for _, e := range docEvents(d, graph.Meeting) {
		if e.loc != nil {
			t.Errorf("got talks in %s, want no place: \"here or anywhere\" names none", e.loc.name)
		}
	}
}
