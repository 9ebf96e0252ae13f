package extract

import "github.com/geokg/geokg/graph"

// pointers open a noun that refers back: "the clashes", "this strike".
var pointers = setOf("the", "this", "that", "these", "those")

// strikeBefore reports whether a definite "strike" at [lo, hi) points
// back to a stoppage of work the article reported first: "a nationwide
// general strike ... This strike is a warning to the government". With no
// weapon or blast around it, the strike is the same stoppage.
func (d *doc) strikeBefore(lo, hi int) bool {
	w := d.toks[lo].lower
	if hi-lo != 1 || w != "strike" && w != "strikes" || !pointers[d.tok(lo-1).lower] {
		return false
	}
	si := d.sentOf[lo]
	s := d.sents[si]
	for k := max(s.lo, lo-6); k < min(s.hi, hi+6); k++ {
		if armedStrikeWords[d.toks[k].lower] {
			return false
		}
	}
	from := d.sents[max(0, si-8)].lo
	for k := lo - 1; k >= from; k-- {
		t := d.toks[k].lower
		if t != "strike" && t != "strikes" {
			continue
		}
		if p := d.tok(k - 1).lower; p == "general" || p == "national" || p == "hunger" || d.labourStrike(k, k+1) {
			return true
		}
		return false // the latest strike before decides
	}
	return false
}

// clashesAfterProtest reports whether a definite fighting word right after
// a protest is that protest's violence: "thousands marched on the
// parliament ... 40 people were injured in the clashes".
func (d *doc) clashesAfterProtest(lo, hi int) bool {
	if !pointers[d.tok(lo-1).lower] || !fightingWords[d.joinLower(lo, hi)] {
		return false
	}
	si := d.sentOf[lo]
	s := d.sents[si]
	for k := s.lo; k < s.hi; k++ {
		if armedStrikeWords[d.toks[k].lower] && d.toks[k].lower != "killed" && d.toks[k].lower != "wounded" && d.toks[k].lower != "dead" {
			return false // "clashes between the army and rebels"
		}
		if _, e := d.actorAt(k); e != nil && e.typ == graph.Organization && armedKinds[e.kind] {
			return false
		}
	}
	for j := si - 1; j >= 0 && j >= si-2; j-- {
		if d.sents[j].heading {
			continue
		}
		return d.protestIn(d.sents[j])
	}
	return false
}

// armedKinds are the organisations that fight.
var armedKinds = setOf("armed group", "armed forces")

// stoppageBy returns the body that brings a place to a halt with a
// stoppage of work: "the union federation paralysed the country with a
// general strike". The subject of the clause, found over the verb and its
// object, staged it.
func (d *doc) stoppageBy(m *eventMention) *entity {
	if m.verb || !stoppage(m.noun) {
		return nil
	}
	v := m.lo - 1
	for v > m.lo-5 && v > 0 && (determiners[d.toks[v].lower] || strikeLengths[d.toks[v].lower] || meetingModifiers[d.toks[v].lower] || d.toks[v].kind == tokNumber || d.toks[v].text == "-") {
		v--
	}
	if d.tok(v).lower != "with" {
		return nil
	}
	lo, _ := d.clause(v)
	var subj *entity
	for k, sp := range d.walkBack(max(lo, v-25), v) {
		if w := d.toks[k].lower; w == "who" || w == "which" || w == "that" || w == ";" {
			break
		}
		if e := actorOf(sp); e != nil && e.typ == graph.Organization && !d.isSpeaker(sp) {
			subj = e
		}
	}
	return subj
}
