package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestDownfallEvents(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "the fall of a named leader", typ: graph.OtherEvent, title: "fall",
			text:  "Turkey has trained the new army since the fall of Omar al-Bashir in April 2019.",
			parts: []string{"Omar al-Bashir"}},
		{name: "the fall of a leader's government takes the leader alone", typ: graph.OtherEvent, title: "fall",
			text:  "Egypt's foreign minister held talks in Cairo with his Libyan counterpart, the first such visit since the fall of Ahmed Karimi's government.",
			parts: []string{"Ahmed Karimi"}},
		{name: "the ouster of a titled leader", typ: graph.OtherEvent, title: "ouster",
			text:  "Protests have continued since the ouster of President Evo Morales, rights groups said.",
			parts: []string{"Evo Morales"}},
		{name: "a fall in figures is no event", typ: graph.Sanction, title: "sanctions",
			text:   "Exports showed a fall of 3% in March after Japan imposed sanctions on Chile.",
			absent: graph.OtherEvent},
		{name: "a season is no event", typ: graph.Meeting, title: "talks",
			text:   "Chile and Peru held talks in Lima on Monday and will meet again in the fall of 2027.",
			absent: graph.OtherEvent},
	})
}
