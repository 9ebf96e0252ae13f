package extract

import "github.com/geokg/geokg/graph"

// duringVisitPlaces places a deal signed during a visit where the visit
// went: "signed a defence pact on Tuesday during a visit to Nairobi by
// ...", "signed the deal during President Lee's state visit to Hanoi".
// Only a town is taken: a capital read as its state ("a visit to
// Santiago") would put the deal in the wrong kind of place.
func (d *doc) duringVisitPlaces() {
	for _, m := range d.evs {
		if m.typ != graph.Agreement || m.loc != nil {
			continue
		}
		for _, v := range d.evs {
			if v.sent != m.sent || v.typ != graph.Meeting || v.verb || v.loc == nil || v.loc.typ != graph.Location ||
				v.lo <= m.hi || !visitNouns[d.toks[v.hi-1].lower] {
				continue
			}
			if d.duringAt(m.hi, v.lo) {
				m.loc = v.loc
				break
			}
		}
	}
}

// duringAt tells whether "during" opens the phrase that ends at token hi,
// a few words after lo and with no other event between.
func (d *doc) duringAt(lo, hi int) bool {
	for k := hi - 1; k >= lo && k >= hi-8; k-- {
		if d.toks[k].lower == "during" {
			return true
		}
		if d.trigAt[k] {
			return false
		}
	}
	return false
}
