package extract

import "github.com/geokg/geokg/graph"

// Aircraft or drones of one state that enter another's airspace are an act
// analysts keep as an "Other" event with both states as parties: "Russian
// drones entered Polish airspace", "jets that violated Lithuanian
// airspace". The same verbs mostly take other objects ("entered the
// race", "violated the truce"), so each is a trigger only before the word
// "airspace".

// airspaceVerbs are the triggers this file decides.
var airspaceVerbs = verbSet("enter", "violate", "breach", "intrude")

// airspaceWords name what was entered.
var airspaceWords = setOf("airspace", "air-space")

// airspaceVerb reports whether [lo, hi) is one of airspaceVerbs alone.
func (d *doc) airspaceVerb(lo, hi int) bool {
	return hi == lo+1 && airspaceVerbs[d.toks[lo].lower]
}

// airspaceFits keeps an entry verb only when airspace is its object within
// a few words: "entered Estonian airspace", "violated the airspace of
// Poland"; handled is false for other words.
func (d *doc) airspaceFits(lo, hi int) (fits, handled bool) {
	if !d.airspaceVerb(lo, hi) {
		return false, false
	}
	return d.wordAfter(hi, 4, airspaceWords), true
}

// airspaceArgs gives an airspace entry its two states: the one whose
// aircraft entered, named just before the verb ("Russian drones that had
// entered"), and the one whose airspace it was ("Polish airspace", "the
// airspace of Poland"), which is also where it happened.
func (d *doc) airspaceArgs(m *eventMention) {
	if !m.verb || !d.airspaceVerb(m.lo, m.hi) {
		return
	}
	air := d.wordIndexAfter(m.hi, 4, airspaceWords) // where airspaceFits found it
	if air < 0 {
		return
	}
	var owner *entity
	for k := m.hi; k < air && owner == nil; k++ {
		if _, e := d.actorAt(k); e != nil && e.typ == graph.Country {
			owner = e
		}
	}
	if owner == nil && d.tok(air+1).lower == "of" {
		if _, e := d.actorAt(air + 2); e != nil && e.typ == graph.Country {
			owner = e // "the airspace of Latvia"
		}
	}
	var entrant *entity
	for j, sp := range d.walkBack(max(d.sents[m.sent].lo, m.lo-7), m.lo) {
		if d.isBreak(j) {
			break
		}
		if e := actorOf(sp); e != nil && e.typ != graph.Person && e != owner {
			entrant = e
			break
		}
	}
	var parts []*entity
	if entrant != nil {
		parts = append(parts, entrant)
	}
	if owner != nil {
		parts = appendUnique(parts, owner)
		if m.loc == nil {
			m.loc = owner
		}
	}
	if len(parts) > 0 {
		m.parts = parts
	}
}

// airspaceDemonym reports whether the demonym span sp names a state of an
// airspace entry, so that it stands as an actor: the owner in "entered
// Polish airspace", the entrant in "Russian fighter jets entered".
func (d *doc) airspaceDemonym(sp *span) bool {
	if airspaceWords[d.tok(sp.hi).lower] {
		for k := sp.lo - 1; k >= 0 && k >= sp.lo-3; k-- {
			if airspaceVerbs[d.toks[k].lower] {
				return true
			}
		}
		return false
	}
	s := d.sents[sp.sent]
	for k := sp.hi; k < s.hi && k < sp.hi+6; k++ {
		if airspaceVerbs[d.toks[k].lower] {
			return d.wordAfter(k+1, 4, airspaceWords)
		}
		if d.spanAt[k] != 0 || d.toks[k].kind != tokWord {
			return false
		}
	}
	return false
}
