package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestMilitaryOperationEvents(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "a state launches a military operation", typ: graph.Attack, title: "military operation",
			text:  "Turkey launched a military operation against Kurdish fighters in northern Iraq on Monday.",
			parts: []string{"Turkey"}, loc: "Iraq"},
		{name: "a ground operation in a named city", typ: graph.Attack, title: "ground operation",
			text: "Israeli troops began a ground operation in Khan Younis on Tuesday, the army said.", loc: "Khan Younis"},
		{name: "the state's name for its war is the war", typ: graph.OtherEvent, title: "war",
			text: "Moscow calls its war in Ukraine a special military operation.", absent: graph.Attack},
	})
}
