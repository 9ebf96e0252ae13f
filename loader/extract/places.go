package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// commaPlaces reads "Marte, in Borno State" and "Jilib, in the southern
// Middle Juba region": a place set off by a comma, then "in" and the
// place that holds it.
func (d *doc) commaPlaces() {
	for i := range d.spans {
		a := &d.spans[i]
		if a.ent == nil || a.ent.typ != graph.Location || a.kind == spanRole || d.sents[a.sent].heading {
			continue
		}
		if d.tok(a.hi).text != "," || d.tok(a.hi+1).lower != "in" {
			continue
		}
		j := d.placeStart(a.hi + 2)
		if u := d.unitOfAt(j); u > 0 {
			j = d.placeStart(u) // "Jilib, in the port city of Kismayo"
		}
		b, ok := d.spanEntity(j)
		if !ok || b.lo != j || b.ent == nil || b.ent == a.ent || b.sent != a.sent || b.country {
			continue
		}
		if b.ent.typ != graph.Location && !(b.ent.typ == graph.Country && b.kind == spanGaz) {
			continue
		}
		d.addClaim(claim{src: ent(a.ent), dst: ent(b.ent), typ: graph.LocatedIn, mod: graph.Asserted, sent: a.sent, conf: 0.6})
	}
}

// compassStart skips the compass word of "Nara, western Japan" from token
// j to the state it qualifies.
func (d *doc) compassStart(j int) int {
	for {
		w := d.tok(j).lower
		if !(regionAdjectives[w] && (strings.HasSuffix(w, "ern") || w == "central") || d.compassHyphen(j)) {
			return j
		}
		j++
	}
}

// stateOfPlace tells whether the state b set after "a," can be the state
// place a lies in: not one the gazetteer puts a outside of, and not one
// of a list running on ("discussed Gaza, Iran and Lebanon").
func (d *doc) stateOfPlace(a, b *span) bool {
	if a.ent.country != "" && b.ent.code != "" && a.ent.country != b.ent.code {
		return false
	}
	w := d.tok(b.hi).lower
	return w != "and" && w != "or"
}
