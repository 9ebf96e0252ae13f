package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestNonEventTriggers(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "export controls a trader is charged with breaching are no sanction",
			text: "A Belgian trader held in Lima on charges of violating Peruvian export controls was freed. Peru and Belgium held talks in Lima on Monday.",
			typ:  graph.Meeting, title: "talks", absent: graph.Sanction},
		{name: "a dialogue on export controls is no sanction",
			text: "Brazil and Mexico agreed on Tuesday to open a ministerial dialogue on export controls.",
			typ:  graph.Meeting, title: "dialogue", absent: graph.Sanction},
		{name: "controls a state imposes are still a sanction",
			text: "India imposed export controls on rice on Monday.",
			typ:  graph.Sanction, title: "controls", parts: []string{"India"}},
		{name: "a lone speaker's news conference after talks is no statement of its own",
			text: "\"We will not give up,\" Ramaphosa told a news conference after the talks. Kenya and Uganda held talks in Nairobi on Monday.",
			typ:  graph.Meeting, title: "talks", absent: graph.Statement},
		{name: "a news conference placed in a city is a statement",
			text: "\"We will not give up,\" Ramaphosa told a news conference in Pretoria on Monday.",
			typ:  graph.Statement, title: "conference", parts: []string{"Ramaphosa"}, loc: "Pretoria"},
		{name: "a joint news conference is a statement",
			text: "\"We will not give up,\" Ramaphosa told a joint news conference with Ruto on Monday.",
			typ:  graph.Statement, title: "conference", parts: []string{"Ramaphosa"}},
		{name: "a truce monitoring committee is no truce of its own",
			text: "The UN envoy is due to attend a meeting of the truce monitoring committee in Kadugli on Friday.",
			typ:  graph.Meeting, title: "meeting", loc: "Kadugli", absent: graph.Ceasefire},
		{name: "a truce village is a place, not a truce",
			text: "Chile and Bolivia held talks at the truce village of Ollague on Monday.",
			typ:  graph.Meeting, title: "talks", absent: graph.Ceasefire},
		{name: "clashes that talks are meant to prevent are no attack",
			text: "Armenia and Azerbaijan held border talks in Tbilisi on Monday to prevent accidental clashes along the frontier.",
			typ:  graph.Meeting, title: "talks", loc: "Tbilisi", absent: graph.Attack},
		{name: "a war the envoys try to avert is no attack",
			text: "Qatar hosted talks between Sudan and Chad in Doha on Monday, averting further fighting on the border.",
			typ:  graph.Meeting, title: "talks", loc: "Doha", absent: graph.Attack},
		{name: "clashes that did happen are still an attack",
			text: "Armenian and Azerbaijani troops clashed along the frontier on Monday, killing three soldiers.",
			typ:  graph.Attack, title: "attack"},
		{name: "a tourist trip is no visit",
			text: "Two Swiss hikers were held by Iran after a tourist trip to Tabriz. Switzerland imposed sanctions on Iran on Friday.",
			typ:  graph.Sanction, title: "sanctions", absent: graph.Meeting},
	})
}
