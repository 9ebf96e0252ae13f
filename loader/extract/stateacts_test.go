package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestStateActs(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "ties broken with a state, an asylum told after", typ: graph.OtherEvent, title: "asylum",
			text:  "Chile broke off diplomatic relations with Bolivia on Friday after the Bolivian Embassy in Santiago granted asylum to former minister Juan Pérez.",
			parts: []string{"Bolivian Embassy", "Juan Pérez"}},
		{name: "ties broken without the mention of an article", typ: graph.OtherEvent,
			text:  "Chile broke diplomatic ties with Bolivia on Friday.",
			parts: []string{"Chile", "Bolivia"}},
		{name: "envoys ordered to leave the country are expelled", typ: graph.OtherEvent, title: "expulsion",
			text:  "Canada has ordered China's consul general, Zhao Wei, and two other diplomats to leave the country within five days.",
			parts: []string{"Canada", "China", "Zhao Wei"}},
		{name: "a passive order names the envoy's state", typ: graph.OtherEvent, title: "expulsion",
			text:  "Bolivia's chargé d'affaires had been ordered on Tuesday to leave the country.",
			parts: []string{"Bolivia"}},
		{name: "an envoy expelled in the passive", typ: graph.OtherEvent, title: "expulsion",
			text:  "Ghana's foreign ministry said Ghana would respond in kind, hinting that a Togolese diplomat could be expelled from Accra.",
			parts: []string{"Togo"}},
		{name: "families leaving a country are no expulsion", typ: graph.Meeting, title: "talks",
			text:   "Thousands of families were ordered to leave the country after the war began. Chile and Peru held talks in Lima on Monday.",
			absent: graph.OtherEvent},
		{name: "a person declared persona non grata", typ: graph.OtherEvent, title: "persona non grata",
			text:  "Ecuador's Congress declared the Colombian President Gustavo Petro persona non grata.",
			parts: []string{"Ecuadorian Congress", "Gustavo Petro"}},
		{name: "asylum granted in general is no event", typ: graph.Meeting, title: "talks",
			text:   "Granting asylum is a sovereign right, she said. Chile and Peru held talks in Lima on Monday.",
			absent: graph.OtherEvent},
		{name: "a passive pardon names who pardons", typ: graph.OtherEvent, title: "pardon",
			text:  "The activist Ana Gómez was pardoned by President Gabriel Boric in March.",
			parts: []string{"Ana Gómez", "Gabriel Boric"}},
		{name: "an active pardon", typ: graph.OtherEvent, title: "pardon",
			text:  "President Gabriel Boric pardoned the activist Ana Gómez on Friday.",
			parts: []string{"Ana Gómez", "Gabriel Boric"}},
		{name: "refuge taken in an embassy", typ: graph.OtherEvent, title: "refuge",
			text:  "Former minister Juan Pérez had taken refuge in the Bolivian Embassy in Santiago.",
			parts: []string{"Juan Pérez", "Bolivian Embassy"}, loc: "Santiago"},
		{name: "refuge taken in schools is no act of state", typ: graph.Meeting, title: "talks",
			text:   "Thousands of villagers took refuge in schools after the floods. Chile and Peru held talks in Lima on Monday.",
			absent: graph.OtherEvent},
	})
}
