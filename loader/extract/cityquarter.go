package extract

import "github.com/geokg/geokg/graph"

// quarterUnits name parts of a city.
var quarterUnits = setOf("district", "districts", "neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods", "quarter", "quarters", "suburb", "suburbs")

// inCityQuarter reports whether the mention's place is named in its own
// sentence as a quarter of a city, alone or in a list: "clashes erupted in
// the X and Y districts" can tell of the fighting in the city reported
// before, though no rule knows which city holds X.
func (d *doc) inCityQuarter(m *eventMention) bool {
	if m.loc == nil || m.loc.typ != graph.Location || m.loc.kind != "" {
		return false
	}
	s := d.sents[m.sent]
	for k, sp := range d.walk(s.lo, s.hi) {
		if sp == nil || sp.lo != k || sp.ent != m.loc {
			continue
		}
		j := sp.hi
		for n := 0; n < 3 && j < s.hi; n++ {
			// "the X and Y districts": past the other names of the list.
			if o, ok := d.spanEntity(j); ok && o.ent != nil && o.ent.typ == graph.Location {
				j = o.hi
				continue
			}
			if w := d.toks[j].lower; w == "and" || w == "," {
				j++
				continue
			}
			break
		}
		return quarterUnits[d.tok(j).lower]
	}
	return false
}
