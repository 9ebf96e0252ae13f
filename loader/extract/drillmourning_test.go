package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestSingleDrillAndMourningEvents(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "a named annual exercise", typ: graph.OtherEvent, title: "exercise",
			text:  "Seoul says Japan and the United States will hold their annual Iron Shield exercise in August.",
			parts: []string{"United States"}},
		{name: "a joint naval drill with its sea", typ: graph.OtherEvent, title: "drill",
			text:  "Japan and the Philippines held a joint naval drill in the South China Sea on Friday.",
			parts: []string{"Japan", "Philippines"}, loc: "South China Sea"},
		{name: "drills by named states are theirs, not the critic's", typ: graph.OtherEvent, title: "drills",
			text:  "The North Korean foreign ministry on Monday condemned military drills by the United States and Japan.",
			parts: []string{"United States", "Japan"}},
		{name: "exercise restraint is a verb", typ: graph.Statement, absent: graph.OtherEvent,
			text: "The UN chief said in a statement that he urged both sides to exercise restraint."},
		{name: "a fire drill is no military drill", typ: graph.Statement, absent: graph.OtherEvent,
			text: "Kenyan Education Minister Ezekiel Machogu said in a statement on Monday that every school held a fire drill."},
		{name: "national mourning declared by a leader", typ: graph.OtherEvent, title: "mourning",
			text:  "President Ali Hassan declared three days of national mourning after the floods.",
			parts: []string{"Ali Hassan"}},
		{name: "a country's day of mourning", typ: graph.OtherEvent, title: "mourning",
			text:  "Kenya observed a national day of mourning on Monday.",
			parts: []string{"Kenya"}},
	})
}
