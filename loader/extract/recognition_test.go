package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestRecognition(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "a state recognising another as a state",
			text: "Brazil recognised Palestine as an independent state on Monday.",
			typ:  graph.OtherEvent, parts: []string{"Brazil", "Palestine"}},
		{name: "the recognition of a state by another",
			text: "Serbia protested against Spain's recognition of Kosovo on Friday.",
			typ:  graph.OtherEvent, parts: []string{"Spain"}},
		{name: "refusing to recognise a result is no recognition",
			text: "Peru's opposition refused to recognise the result and staged protests in Lima on Sunday.",
			typ:  graph.Protest, absent: graph.OtherEvent},
		{name: "a recognition never granted is a standing position",
			text: "Georgia has never recognised Abkhazia as a state, and Georgian troops clashed with Abkhaz forces near Sukhumi on Monday.",
			typ:  graph.Attack, absent: graph.OtherEvent},
		{name: "a state that does not recognise another",
			text: "Moldova does not recognise Transnistria as independent, and Moldovan officials met Russian envoys in Chisinau on Monday.",
			typ:  graph.Meeting, absent: graph.OtherEvent},
		{name: "an internationally recognised government is no recognition",
			text: "Forces of the internationally recognised government of Libya attacked Sirte on Monday.",
			typ:  graph.Attack, absent: graph.OtherEvent},
	})
}
