package extract

import "github.com/geokg/geokg/graph"

// titledPersonAfter returns the person a modifier actor and a title lead
// to: "Danish" in "Danish Prime Minister Karl Holm" leads to Karl Holm.
func (d *doc) titledPersonAfter(sp *span) *span {
	k := sp.hi
	if d.tok(k).lower == "'s" {
		k++
	}
	r, ok := d.spanEntity(k)
	if !ok || r.lo != k || r.kind != spanRole {
		return nil
	}
	p, ok := d.spanEntity(r.hi)
	if !ok || p.lo != r.hi || p.ent == nil || p.ent.typ != graph.Person {
		return nil
	}
	return p
}

// envoyNouns after a demonym name the people a state sends to negotiate.
var envoyNouns = setOf("negotiators", "delegation", "delegations", "delegates")

// envoysAct reports whether a demonym's envoys act as its state: as the
// subject of a verb ("Russian and Ukrainian negotiators ended talks") or
// named between the sides of talks ("talks between Russian and Ukrainian
// delegations"). Met as an object ("held talks with Palestinian
// negotiators") the envoys may speak for a body rather than a state, and
// the demonym stays an adjective.
func (d *doc) envoysAct(sp *span) bool {
	k := d.demonymListEnd(sp.hi)
	if !envoyNouns[d.tok(k).lower] {
		return false
	}
	j := d.demonymListStart(sp) - 1
	if d.tok(j).lower == "the" || d.tok(j).lower == "both" {
		j--
	}
	if d.tok(j).lower == "between" {
		return true
	}
	n := d.tok(k + 1)
	return n.kind == tokWord && !n.cap && (subjectVerbs[n.lower] || meetVerbs[n.lower])
}

// isDemonym reports whether a span is a demonym of the gazetteer.
func isDemonym(sp *span) bool {
	return sp.kind == spanGaz && len(sp.gaz) > 0 && sp.gaz[0].form == formDemonym
}

// demonymListEnd returns the token after the demonyms listed from k on:
// in "Latvian, Estonian and Lithuanian delegates" the word "delegates".
func (d *doc) demonymListEnd(k int) int {
	for n := 0; n < 6 && (d.tok(k).lower == "and" || d.tok(k).text == ","); n++ {
		j := k + 1
		if d.tok(k).text == "," && d.tok(j).lower == "and" {
			j++
		}
		o, ok := d.spanEntity(j)
		if !ok || o.lo != j || !isDemonym(o) {
			break
		}
		k = o.hi
	}
	return k
}

// demonymListStart returns the first token of the list of demonyms sp
// closes or stands in.
func (d *doc) demonymListStart(sp *span) int {
	lo := sp.lo
	for n := 0; n < 6; n++ {
		j := lo - 1
		if d.tok(j).lower == "and" && d.tok(j-1).text == "," {
			j--
		}
		if d.tok(j).lower != "and" && d.tok(j).text != "," {
			break
		}
		o, ok := d.spanEntity(j - 1)
		if !ok || o.hi != j || !isDemonym(o) {
			break
		}
		lo = o.lo
	}
	return lo
}
