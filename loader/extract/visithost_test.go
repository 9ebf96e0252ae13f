package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestVisitHostAndVisitor(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "a state visit to a country is held there, made by the subject",
			text: "The two presidents spoke on Friday and agreed that President Joao Mendes would make a state visit to Kenya in June.",
			typ:  graph.Meeting, title: "visit", parts: []string{"Joao Mendes"}, loc: "Kenya"},
		{name: "paying an official visit",
			text: "Prime Minister Mark Carney will pay an official visit to Japan next month, his office said.",
			typ:  graph.Meeting, title: "visit", parts: []string{"Mark Carney"}, loc: "Japan"},
		{name: "a city named after the visit stays the place",
			text: "Chilean Foreign Minister Alberto van Klaveren began a three-day visit to Beijing on Monday.",
			typ:  graph.Meeting, title: "visit", loc: "Beijing"},
	})
}

func TestDemonymCapitalPlace(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "the capital named by its state's adjective",
			text: "QUITO (AP) — Protesters blocked roads in the Ecuadorian capital on Tuesday over fuel prices.",
			typ:  graph.Protest, title: "protest", loc: "Quito"},
		{name: "the city named later in the article",
			text: "Demonstrators marched in the Kenyan capital on Saturday. Police in Nairobi said the crowd dispersed peacefully.",
			typ:  graph.Protest, title: "Nairobi", loc: "Nairobi"},
	})
	// Without the city named anywhere, the phrase names no place: no
	// city is made up from the gazetteer.
	g := analyse(t, "Protesters blocked roads in the Ecuadorian capital on Tuesday.", "2026-01-10").output()
	for _, r := range g.Events {
		if r.Event.LocationID == graph.EntityID(graph.Location, "Quito") {
			t.Errorf("got event %q placed in Quito, want no city the text does not name", r.Event.Name)
		}
	}
}
