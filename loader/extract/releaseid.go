package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// releaseNouns are the triggers of a release of people held.
var releaseNouns = setOf("release", "releases", "released", "releasing", "freed", "frees", "free")

// releaseActor is added to the actors that key a release's node. An
// arrest and the release demanded later are two Other events among the same
// parties, both often undated; keyed by type, day, place and actors alone
// they would be one node, the demand folded into the arrest.
func (e *event) releaseActor() (string, bool) {
	if e.typ != graph.OtherEvent || len(e.mentions) == 0 || !releaseNouns[strings.ToLower(e.mentions[0].noun)] {
		return "", false
	}
	return "act=release", true
}
