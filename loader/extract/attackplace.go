package extract

import "github.com/geokg/geokg/graph"

// dropUnattackablePlaces drops an attack on a sea, strait, river, line or
// region spanning several states: "struck a tanker in the Red Sea" and
// "fired across the Line of Control" attack what lies there, and the place
// is only where the attack occurred.
func (d *doc) dropUnattackablePlaces() {
	kept := d.claims[:0]
	for _, c := range d.claims {
		if c.typ == graph.Attacked && c.dst.ent != nil && !attackablePlace(c.dst.ent) {
			continue
		}
		kept = append(kept, c)
	}
	d.claims = kept
}

// attackablePlace tells whether an attack can hit the place itself: any
// entity but a location of water, a boundary line, or a region that lies
// in no single state (the Gaza Strip lies in one).
func attackablePlace(e *entity) bool {
	if e.typ != graph.Location {
		return true
	}
	switch e.kind {
	case "sea", "strait", "river":
		return false
	case "region", "area":
		return e.country != ""
	}
	return true
}
