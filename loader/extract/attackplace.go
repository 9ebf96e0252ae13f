package extract

import "github.com/geokg/geokg/graph"

// dropUnattackablePlaces drops an attack on a sea, strait, river, line or
// region spanning several states: "struck a tanker in the Red Sea" and
// "fired across the Line of Control" attack what lies there, and the place
// is only where the attack occurred.
func (d *doc) dropUnattackablePlaces() {
	d.dropClaims(func(c claim) bool {
		return c.typ == graph.Attacked && c.dst.ent != nil && !attackablePlace(c.dst.ent)
	})
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

// unitPlace returns the place an attack struck when the report names it
// as "in the <qualifiers> city of X" further along the clause than plain
// place words are read: "crashed into a warehouse in the northern port
// city of Velmora". Nil when the clause names none so.
func (d *doc) unitPlace(m *eventMention) *entity {
	_, chi := d.clause(m.lo)
	for k := m.hi; k < chi && k < m.hi+24; k++ {
		if k > m.hi && d.trigAt[k] {
			return nil // what follows another event word is that event's
		}
		if !settlementNouns[d.toks[k].lower] || d.tok(k+1).lower != "of" {
			continue
		}
		sp, ok := d.spanEntity(k + 2)
		if !ok || sp.lo != k+2 || sp.ent == nil || sp.ent.typ != graph.Location {
			continue
		}
		if d.placedUnit(k) {
			return sp.ent
		}
	}
	return nil
}

// settlementNouns name a place a strike hits; a province or region named
// so is where an attack happened more often than what it struck.
var settlementNouns = setOf("city", "town", "village", "port")

// cityParts name a part of a city a strike hit: "a residential district of
// the city of X", "the outskirts of the town of Y".
var cityParts = setOf("district", "districts", "area", "areas", "suburb", "suburbs", "outskirts", "centre", "center",
	"neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods", "part", "parts", "heart")

// placedUnit reports whether a place preposition governs the unit noun at
// k over "the", compass words and a state's demonym: "in the southern
// Ukrainian city".
func (d *doc) placedUnit(k int) bool {
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		w := d.toks[j].lower
		switch {
		case inPreps[w] || w == "on":
			return true
		case w == "of" && cityParts[d.tok(j-1).lower]:
			return true // "a market district of the eastern port city of X"
		case w == "the" || regionAdjectives[w]:
		case d.spanAt[j] != 0 && d.spans[d.spanAt[j]-1].country:
			j = d.spans[d.spanAt[j]-1].lo
		default:
			return false
		}
	}
	return false
}
