package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// disasterStruck reports whether the verb at lo ("struck", "hit") has a
// natural disaster for subject: "an earthquake that struck the island",
// "floods hit the north". The disaster is the event, not an attack.
func (d *doc) disasterStruck(lo int) bool {
	for k := lo - 1; k >= 0 && k >= lo-4; k-- {
		t := d.toks[k]
		if disasterWords[t.lower] || naturalHazards[t.lower] {
			return true
		}
		if !strikeGlue[t.lower] {
			return false
		}
	}
	return false
}

// naturalHazards are disasters with no trigger of their own whose blow is
// still no attack.
var naturalHazards = setOf("storm", "typhoon", "cyclone", "hurricane", "tsunami", "tremor", "aftershock", "tornado")

// strikeGlue may stand between a disaster and its verb.
var strikeGlue = setOf("that", "which", "has", "had", "have", "also", "first", "then", "last", "again")

// disasterHits reports whether a state after the verb prev is where the
// disaster m struck, not a party to it: "an earthquake that struck
// western Nepal" happened in Nepal.
func (d *doc) disasterHits(m *eventMention, prev string) bool {
	return m.typ == graph.OtherEvent && (prev == "struck" || prev == "hit") && disasterWords[strings.ToLower(m.noun)]
}
