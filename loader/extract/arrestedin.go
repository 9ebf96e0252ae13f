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
	if w := d.tok(lo - 2).lower; !heldOnes[w] && !heldPeople[w] || w == "opposition" || w == "political" {
		return nil // heldPeople's qualifiers name no one held: "the opposition was arrested"
	}
	if d.tok(hi).lower != "in" {
		return nil
	}
	if sp, ok := d.spanEntity(hi + 1); ok && sp.lo == hi+1 && sp.ent != nil && sp.ent.typ == graph.Country {
		return sp.ent
	}
	return nil
}
