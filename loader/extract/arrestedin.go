package extract

import "github.com/geokg/geokg/graph"

// "The consular official was arrested in France": an arrest told in the
// passive with only the state it happened in names that state as the one
// that made it, since a state's police arrest on its own soil.

// heldOnes are the singular people a passive arrest falls on; heldPeople
// gives the plurals.
var heldOnes = setOf("official", "diplomat", "employee", "journalist", "national", "citizen", "activist", "officer",
	"soldier", "suspect", "man", "woman", "worker", "reporter", "staffer", "student", "tourist", "sailor")

// arrestedIn returns the state of "in STATE" after a passive "arrested" or
// "detained" at lo..hi that falls on people; nil otherwise.
func (d *doc) arrestedIn(lo, hi int) *entity {
	if w := d.tok(lo - 1).lower; w != "was" && w != "were" {
		return nil
	}
	if w := d.tok(lo - 2).lower; !heldOnes[w] && !heldNoun(w) {
		return nil
	}
	if d.tok(hi).lower != "in" {
		return nil
	}
	if e := d.namedAt(hi + 1); e != nil && e.typ == graph.Country {
		return e
	}
	return nil
}
