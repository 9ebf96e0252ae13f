package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestCallReadout(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "a readout of the call is no statement of its own",
			text: "Lula and Macron spoke by phone on Monday. In its readout of the call, the Elysee said the two leaders discussed trade.",
			typ:  graph.Meeting, title: "", absent: graph.Statement},
		{name: "a readout beside the call it records is no statement",
			text: "Lula and Macron spoke by phone on Monday. During the call, Lula told Macron that trade mattered most, according to the Brazilian presidency's readout.",
			typ:  graph.Meeting, title: "", absent: graph.Statement},
		{name: "a readout of a meeting in person is still a statement",
			text: "Ferrer said Uruguay was prepared to cooperate with Iceland, according to a readout issued by Uruguay's Foreign Ministry.",
			typ:  graph.Statement, title: "readout"},
	})
}
