package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// kindActor is added to the actors that key an Other event's node, and a
// signed document's. Coref keeps an arrest and the release demanded later,
// a handover and a takeover, apart by their words (sameKind); keyed by
// type, day, place and actors alone, two such undated acts among the same
// parties would still be one node. Retellings of one act share a kind ("pull back",
// "withdrawal"; "give up its weapons", "disarmed"), so they still meet.
func (e *event) kindActor() (string, bool) {
	if e.typ == graph.Agreement && len(e.mentions) > 0 && namesDocument(e.mentions[0].noun) {
		// The papers a summit signs are apart from what its leaders agreed
		// to do, though both fall on one day between the same sides.
		return "kind=document", true
	}
	if e.typ == graph.Ceasefire && len(e.mentions) > 0 && haltTold(e.mentions[0]) {
		// A halt offered or set as a condition is no truce agreed or
		// refused between the same sides.
		return "kind=halt", true
	}
	if e.typ != graph.OtherEvent || len(e.mentions) == 0 {
		return "", false
	}
	w := strings.ToLower(e.mentions[0].noun)
	if releaseWords[w] || w == "releasing" {
		return "kind=release", true
	}
	if n := actionNoun(e.typ, w); n != "" {
		w = n
	}
	return "kind=" + otherKind(w), true
}
