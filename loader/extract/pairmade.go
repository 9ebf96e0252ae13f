package extract

import "github.com/geokg/geokg/graph"

// pairMadeAgreements reads an agreement told with the pair that made it in
// a relative clause after it: "the trade deal the two sides reached in
// May", "the truce that the two countries signed". The pair is the two
// states or bodies named last, as "the two sides" stands for them
// elsewhere; a pair of people is left alone, since their sides are not
// told.
func (d *doc) pairMadeAgreements() {
	for _, m := range d.evs {
		if m.verb || m.mod == graph.Denied || m.typ != graph.Agreement && m.typ != graph.Ceasefire {
			continue
		}
		k := m.hi
		if w := d.tok(k).lower; w == "that" || w == "which" {
			k++
		}
		if k >= len(d.toks) || int(d.sentOf[k]) != m.sent {
			continue
		}
		g := d.groupWords(k)
		if g == 0 || d.toks[k].lower == "each" {
			continue
		}
		v := k + g
		if w := d.tok(v).lower; w == "had" || w == "have" || w == "has" {
			v++ // "the deal the two sides had reached"
		}
		if !pastMaking[d.tok(v).lower] {
			continue
		}
		sides := d.lastPair(k)
		if len(sides) != 2 || sides[0].typ == graph.Person || sides[1].typ == graph.Person {
			continue
		}
		// "to discuss the deal the two sides reached": the talks may be
		// ahead, the deal they discuss is made.
		m.mod = graph.Asserted
		if de := d.clauseTime(v); de != nil && m.date == nil {
			m.date = de // "reached in July": the deal's own time, not the talks' day
		}
		d.agreeSides(m, sides)
	}
}

// pastMaking are the words of making that tell, in a relative clause, a
// deal already made.
var pastMaking = setOf(append([]string{"negotiated"}, madeWords...)...)

// clauseTime returns the time phrase that closes the short clause of the
// verb at v, over a place ("agreed in Doha in October"), or nil.
func (d *doc) clauseTime(v int) *dateExpr {
	for i := range d.dates {
		de := &d.dates[i]
		if de.lo <= v || de.lo > v+6 || de.bound {
			continue
		}
		for j := v + 1; j < de.lo; j++ {
			if t := d.toks[j]; !(t.lower == "in" || t.lower == "at" || t.lower == "last" || d.spanAt[j] != 0) {
				return nil
			}
		}
		return de
	}
	return nil
}
