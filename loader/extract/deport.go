package extract

import "github.com/geokg/geokg/graph"

// A deportation is an act of the state that sends people out, and analysts
// keep it with that state, the state of the people sent and the state they
// are sent to: "Ugandan police deported six Kenyan activists", "children
// deported to Russia". Told with nobody deported ("vowed to deport
// criminals") it is a policy, not an event.

// deportVerbs are the forms of the trigger this file decides.
var deportVerbs = verbSet("deport")

// deportedPeople are who a state deports.
var deportedPeople = setOf("children", "migrants", "refugees", "asylum-seekers", "deportees", "families")

// deportAux stand between the people and a passive "deported", with the
// manner words news text gives deportations ("were forcibly deported").
var deportAux = setPlus(perfectPassiveAux, "be", "forcibly", "illegally", "unlawfully")

// deportFits keeps "deport" when someone is deported: people after an
// active verb, or before a passive or a participle; handled is false for
// other words.
func (d *doc) deportFits(lo, hi int) (fits, handled bool) {
	if hi != lo+1 || !deportVerbs[d.toks[lo].lower] {
		return false, false
	}
	if d.tok(lo-1).lower == "to" {
		return false, true // "urged it to deport": asked, not done
	}
	return d.deportedBefore(lo) >= 0 || d.deportedAfter(hi) >= 0, true
}

// isDeported reports whether w names people a state deports.
func isDeported(w string) bool {
	return deportedPeople[w] || heldNoun(w)
}

// deportedBefore returns where the people a passive or a participle at lo
// tells of stand: "children deported to", "activists were deported"; -1
// when none stand there.
func (d *doc) deportedBefore(lo int) int {
	k := d.beforeAux(lo, deportAux)
	if !isDeported(d.tok(k).lower) {
		return -1
	}
	return k
}

// deportedAfter returns where the people after the verb ending at hi end:
// "deported several Kenyan activists"; -1 when none stand there.
func (d *doc) deportedAfter(hi int) int {
	s := d.sents[d.sentOf[hi-1]]
	for j := hi; j < s.hi && j < hi+5; j++ {
		if isDeported(d.toks[j].lower) {
			return j
		}
		if d.isBreak(j) {
			break
		}
	}
	return -1
}

// peopleStart returns where the noun phrase ending with the people word at
// k starts: "several Kenyan activists" from "several".
func (d *doc) peopleStart(k int) int {
	lo := d.sents[d.sentOf[k]].lo
	j := k
	for j > lo && j > k-3 && !d.isBreak(j-1) && !deportAux[d.toks[j-1].lower] {
		j--
	}
	return j
}

// deportArgs gives a deportation the state that deports (the subject of an
// active verb), the state of the people deported ("Kenyan activists") and
// the state they go to ("to Russia"), which is also where it ends.
func (d *doc) deportArgs(m *eventMention) {
	if m.typ != graph.OtherEvent || !m.verb || m.hi != m.lo+1 || !deportVerbs[d.toks[m.lo].lower] {
		return
	}
	var parts []*entity
	lo, hi := d.deportedBefore(m.lo), m.lo
	if lo >= 0 {
		lo = d.peopleStart(lo)
	} else {
		if e := d.subjectBefore(m.lo, m.sent); e != nil {
			parts = append(parts, e)
		}
		lo, hi = m.hi, d.deportedAfter(m.hi)
	}
	for _, sp := range d.walk(lo, hi) {
		if e := actorOf(sp); e != nil && e.typ == graph.Country {
			parts = appendUnique(parts, e) // the people's state
		}
	}
	to := m.hi
	if d.tok(to).lower != "to" {
		to = hi + 1 // "deported three Kenyan activists to Nairobi"
	}
	if d.tok(to).lower == "to" {
		if e := d.namedAt(to + 1); e != nil && e.typ == graph.Country {
			parts = appendUnique(parts, e)
			m.loc = e
		}
	}
	if len(parts) > 0 {
		m.parts = parts
	}
}
