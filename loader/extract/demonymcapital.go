package extract

import "github.com/geokg/geokg/graph"

// demonymCapital returns the capital city a state's adjective and
// "capital" name ("in the Honduran capital", "across the Ukrainian
// capital") when the article names that city elsewhere, nil otherwise.
// The city is not made up from the gazetteer alone: a phrase that never
// names it is not a mention of it.
func (d *doc) demonymCapital(sp *span) *entity {
	if !sp.country || sp.ent == nil || sp.ent.typ != graph.Country || d.tok(sp.hi).lower != "capital" || d.capitalPrep(sp) == "" {
		return nil
	}
	if n := d.tok(sp.hi + 1); n.text == "," || n.cap {
		return nil // "the Ukrainian capital, Kyiv": the name follows and is read as such
	}
	for i := range d.spans {
		c := &d.spans[i]
		if c.kind == spanGaz && c.ent != nil && c.ent.typ == graph.Location && len(c.gaz) > 0 && c.gaz[0].form == formCapital && c.ent.country == sp.ent.code {
			return c.ent
		}
	}
	return nil
}

// capitalPrep returns the place preposition before "the <adjective>"
// ("in the Honduran"), whether or not the span took in the article; ""
// when none stands there.
func (d *doc) capitalPrep(sp *span) string {
	j := sp.lo - 1
	if d.toks[sp.lo].lower != "the" {
		if d.tok(j).lower != "the" {
			return ""
		}
		j--
	}
	if w := d.tok(j).lower; inPreps[w] || placeVerbs[w] || w == "across" || w == "to" || w == "into" {
		return w
	}
	return ""
}

// capitalNamedAt returns where the city begins in "capital Tashkent" or
// "capital, Ankara," read from j, after a state's adjective, or -1. The
// city must be the state's capital as the gazetteer knows it when it
// knows the city at all: "the Turkish capital, and Istanbul" lists two.
func (d *doc) capitalNamedAt(j int) int {
	if d.tok(j).lower != "capital" || d.tok(j).cap {
		return -1
	}
	j++
	if d.tok(j).text == "," {
		j++
	}
	b, ok := d.spanEntity(j)
	if !ok || b.lo != j || b.ent == nil || b.ent.typ != graph.Location {
		return -1
	}
	if b.kind == spanGaz && !isCapitalSpan(b) {
		return -1
	}
	return j
}
