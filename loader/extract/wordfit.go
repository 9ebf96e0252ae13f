package extract

import "github.com/geokg/geokg/graph"

// The longer word rules of triggerFits, one function each, so that its
// switch reads as a list of trigger words and the rule each one follows.

// resultsFits keeps "results" or "tally" as the announcement of a count
// when the results are named, or released or disputed just before.
func (d *doc) resultsFits(lo, hi int) bool {
	if ok, handled := d.resultsNamed(lo, hi); handled {
		return ok
	}
	s := d.sents[d.sentOf[lo]]
	for k := max(s.lo, lo-6); k < lo; k++ {
		// "rejected the results" is a stance on the count, told of the
		// election; it is no announcement of its own.
		if releaseVerbs[d.toks[k].lower] || resultsMadeOfficial[d.toks[k].lower] || d.toks[k].lower == "disputed" || d.toks[k].lower == "questioned" {
			return true
		}
	}
	return false
}

// agreeFits keeps "agree" as an agreement when what is agreed is an act,
// not an event word: "OPEC members agreed to cut output". The agreement
// is the act itself, when no event word is its object.
func (d *doc) agreeFits(lo, hi int) bool {
	if d.agreedOn(hi) {
		return true // "agreed on anchovy quotas": the terms are agreed
	}
	j := d.infinitiveAfter(hi)
	if j < 0 {
		return false
	}
	if d.agreedHalt(lo) >= 0 {
		return true // "agreed to halt the fighting": a ceasefire
	}
	if d.agreedPace(j) {
		return true // "agreed to speed up talks": the pace is agreed
	}
	n := d.tok(j + 1)
	if n.kind != tokWord || n.cap || determiners[n.lower] || n.lower == "a" {
		return false
	}
	for k := j + 1; k < len(d.toks) && k < j+6; k++ {
		if _, m := d.lex.triggers.longest(d.toks, k, len(d.toks)); m > 0 {
			return false // "agreed to respect the truce": the truce is agreed
		}
	}
	return !infinitives[n.lower]
}

// seizeFits keeps a verb of seizing, w at lo, when what is taken is ground,
// a site or a ship: a phrase ("seized power"), a seizable thing, or a place.
func (d *doc) seizeFits(w string, lo, hi int) bool {
	if hi-lo > 1 {
		return true // "seized power": the phrase is the event
	}
	j := hi
	for d.tok(j).lower == "the" || d.tok(j).lower == "control" || d.tok(j).lower == "of" || seizeFillers[d.tok(j).lower] {
		j++
	}
	if seizable[d.tok(j).lower] {
		return true // "seized the headquarters of the 22nd Brigade"
	}
	if (w == "seized" || w == "seizing") && d.shipSeized(hi) {
		return true // "seized a cargo ship in the Gulf of Oman"
	}
	sp, ok := d.spanEntity(j)
	return ok && sp.ent != nil && (sp.ent.typ == graph.Location || sp.ent.typ == graph.Country)
}

// callFits keeps a verb of calling or speaking, of base key, when it
// reaches someone: "X called Y", "spoke by phone with Y"; not "called
// for", "called it". next is the word after the verb.
func (d *doc) callFits(lo, hi int, key, next string) bool {
	if key == "speak" {
		return next == "with" || next == "by" && (d.tok(hi+1).lower == "phone" || d.tok(hi+1).lower == "telephone") || next == "to" && (d.actorNear(hi+1) || peopleGroups[d.tok(hi+2).lower] || peopleGroups[d.tok(hi+3).lower] && d.tok(hi+2).lower == "two")
	}
	if next == "for" || next == "on" || d.calledCondemnation(lo) || d.whatCalledAt(lo) {
		return false
	}
	if d.tok(lo-1).text == "-" && d.tok(lo-2).lower == "so" {
		return false // "the so-called Weimar Triangle": a name, not a call
	}
	if sp, ok := d.spanEntity(hi); ok && d.tok(sp.hi).lower == "'s" {
		return false // "called Russia's moves reckless"
	}
	j := hi
	for d.tok(j).lower == "the" || d.tok(j).lower == "his" || d.tok(j).lower == "her" || d.tok(j).lower == "their" ||
		d.spanAt[min(j, len(d.spanAt)-1)] == 0 && honorifics[d.tok(j).lower] && d.tok(j+1).cap {
		j++ // "telephoned Mr Rahman": the honorific stands outside the name
	}
	if sp, ok := d.spanEntity(j); ok && j > hi {
		if d.tok(sp.hi).lower == "'s" {
			return false // "called Mr Tan's plan reckless"
		}
		if sp.lo == j && calledThings[d.tok(sp.hi).lower] {
			return false // "called the U.S. decision \"a cynical stunt\""
		}
	}
	return d.actorNear(j)
}

// calledThings after a name are what "called" judges: "called the U.S.
// decision a cynical stunt".
var calledThings = setOf("move", "moves", "decision", "decisions", "plan", "plans", "proposal", "step", "steps",
	"measure", "measures", "action", "actions", "claims", "accusations", "allegations", "remarks", "comments",
	"statement", "report", "ruling", "policy", "decree", "law", "bill", "offer", "demand", "demands", "position")

// protestFits keeps "protest" as a demonstration: a verb with a crowd for
// subject, or a noun that is no diplomatic note. prev is the word before.
func (d *doc) protestFits(lo int, prev string, verb bool) bool {
	if verb {
		return d.crowdBefore(lo)
	}
	// "lodged a strong protest": a diplomatic note, not a demonstration.
	for k := max(0, lo-4); k < lo; k++ {
		switch d.toks[k].lower {
		case "lodged", "lodge", "filed", "file", "diplomatic", "formal", "summoned", "registered", "sent", "issued":
			return false
		}
	}
	return !(prev == "to" && !d.crowdBefore(lo))
}

// haltFits keeps a verb of halting, w, when it stops flows or ties:
// "Gazprom halted gas supplies"; suspended talks are not such a stop.
func (d *doc) haltFits(w string, hi int) bool {
	for k := hi; k < len(d.toks) && k < hi+5; k++ {
		switch d.toks[k].lower {
		case "supplies", "supply", "deliveries", "flows", "exports", "imports", "shipments", "gas", "oil", "aid", "transit", "partnership", "cooperation", "ties", "relations", "talks", "flights":
			return !(d.toks[k].lower == "talks" && w == "suspended")
		}
	}
	return false
}

// quarrelWith are bodies one clashes with in words, not arms.
var quarrelWith = setOf("courts", "court", "judiciary", "press", "media", "government", "parliament", "opposition")

// clashFits keeps "clashed with" a fight. A clash with a leader, a state
// named by its name or capital, a government, the courts or the press is
// a quarrel: "has clashed with Pashinyan for months", "clashed with
// Washington over deportation flights". Crowds, forces and peoples named
// by a demonym fight: "clashed with police", "clashed with Palestinians".
func (d *doc) clashFits(hi int) bool {
	if d.tok(hi).lower != "with" {
		return true
	}
	j := d.pastThe(hi + 1)
	if quarrelWith[d.tok(j).lower] {
		return false
	}
	sp, ok := d.spanEntity(j)
	switch {
	case !ok:
		return true
	case sp.kind == spanRole:
		return false // "clashed with Prime Minister Donald Tusk's government"
	case sp.ent != nil && sp.ent.typ == graph.Person:
		return false
	case sp.kind == spanGaz && len(sp.gaz) > 0 && sp.gaz[0].typ == graph.Country && sp.gaz[0].form != formDemonym:
		return false
	case sp.kind == spanGaz && len(sp.gaz) > 0 && sp.gaz[0].form == formCapital && sp.country:
		return false // "Washington" acting for its state
	}
	return true
}
