package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestWarToldByVerbPhrase(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "a relative clause at war with", typ: graph.OtherEvent, title: "war",
			text:  "The Free Hills Front, which has been at war with the Kenyan army since 2021, rejected the offer.",
			parts: []string{"Free Hills Front", "Kenya"}},
		{name: "two states fought a war over a region", typ: graph.OtherEvent, title: "war",
			text:  "Armenia and Azerbaijan fought a war over Nagorno-Karabakh in 2020.",
			parts: []string{"Armenia", "Azerbaijan"}, loc: "Nagorno-Karabakh"},
		{name: "a war on drugs has one side and is no node", typ: graph.Statement, absent: graph.OtherEvent,
			text: "Philippine President Rodrigo Duterte said in a statement on Monday that he had waged a war on drugs."},
	})
}

func TestVerbToldOtherEventNames(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "a summons is named so", typ: graph.Meeting, title: "summons",
			text: "Norway summoned Sweden's ambassador on Monday over the fishing dispute.", parts: []string{"Norway"}},
		{name: "at war with is a war", typ: graph.OtherEvent, title: "war",
			text: "Russia has been at war with Ukraine since 2022.", parts: []string{"Russia", "Ukraine"}},
	})
}
