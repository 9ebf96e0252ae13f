package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestIndependenceEvents(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "the declarer alone, not the state it leaves", typ: graph.OtherEvent, title: "declaration of independence",
			text:  "Eritrea declared independence from Ethiopia in 1993 after a long war, officials recalled.",
			parts: []string{"Eritrea"}},
		{name: "a which after the declarer", typ: graph.OtherEvent, title: "declaration of independence",
			text:  "Chile opened an embassy in Kosovo, which declared independence from Serbia in February 2008.",
			parts: []string{"Kosovo"}},
	})
}
