package extract

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestSeizedShips(t *testing.T) {
	runEventCases(t, []eventCase{
		{name: "a force seizing a tanker at sea attacks it", typ: graph.Attack, title: "Strait of Hormuz",
			text:  "Iran's Revolutionary Guards seized a Greek-flagged tanker in the Strait of Hormuz early on Monday.",
			parts: []string{"Islamic Revolutionary Guard Corps"}, loc: "Strait of Hormuz", date: "2026-01-05"},
		{name: "a flagged cargo ship", typ: graph.Attack, title: "Red Sea",
			text:  "The Houthis seized a Bahamas-flagged cargo ship in the Red Sea on Sunday.",
			parts: []string{"Houthis"}, loc: "Red Sea"},
		{name: "goods seized from a ship are no attack", typ: graph.Meeting, title: "talks",
			text:   "Police seized drugs from a vessel off Dakar. Senegal and Gambia held talks in Banjul on Monday.",
			absent: graph.Attack},
	})
}
