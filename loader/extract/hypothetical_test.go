package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestHypotheticalNouns(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "talks that any round could cover are no meeting",
			text: "Ghana and Togo held border talks in Accra on Monday. The minister said any future talks could cover fishing rights.",
			typ:  graph.Meeting, title: "talks", loc: "Accra", absent: ""},
		{name: "a deal refused before it exists is no agreement",
			text: "\"We will never sign a bad deal,\" the Norwegian minister said. Norway and Iceland held talks in Oslo on Monday.",
			typ:  graph.Meeting, title: "talks", absent: graph.Agreement},
		{name: "terms set for any deal make no agreement",
			text: "Peru said any trade deal must protect its farmers. Peru and Chile held talks in Lima on Monday.",
			typ:  graph.Meeting, title: "talks", absent: graph.Agreement},
		{name: "a joint statement the host was urged not to issue is no statement",
			text: "Gabonese officials urged their hosts not to release any joint statement without their approval. Gabon and Uruguay held talks in Montevideo on Monday.",
			typ:  graph.Meeting, title: "talks", absent: graph.Statement},
		{name: "a deal named inside the terms of another offer is no agreement",
			text: "Chile offered to resume talks, but only if Peru accepted the border line as the basis of any deal.",
			typ:  graph.Meeting, title: "talks", absent: graph.Agreement},
		{name: "a deal held off on terms is still a conditional agreement",
			text: "Ghana said it would not sign any trade deal unless Togo reopened the border.",
			typ:  graph.Agreement, title: "deal", parts: []string{"Ghana"}},
		{name: "a deal accepted is still an agreement",
			text: "Chile accepted a trade deal with Peru on Monday.",
			typ:  graph.Agreement, title: "deal", parts: []string{"Chile"}},
		{name: "a deal signed is still an agreement",
			text: "Norway and Iceland signed a fisheries deal in Oslo on Monday.",
			typ:  graph.Agreement, title: "deal", parts: []string{"Norway", "Iceland"}},
	})
}

func TestHypotheticalTalksCount(t *testing.T) {
	runCountCases(t, "2026-01-10", graph.Meeting, []countCase{
		{"any talks told beside held talks add none", "Ghana and Togo held border talks in Accra on Monday. The minister said any future talks could cover fishing rights.", 1},
		{"any negotiations with the rebels are no round of talks", "Mali's junta said it rejected any negotiations with the rebels.", 0},
	})
}
