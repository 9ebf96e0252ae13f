package extract

import "github.com/geokg/geokg/graph"

// visitMakers are verbs whose subject goes on the visit they take as
// object: "the king would make a state visit to Peru", "she began a tour".
var visitMakers = setOf("make", "makes", "made", "making", "pay", "pays", "paid", "paying", "begin", "begins", "began",
	"beginning", "start", "starts", "started", "starting", "undertake", "undertakes", "undertook", "embark", "embarks", "embarked")

// visitNoun reports whether the meeting m is named by a visit noun
// ("a state visit", "a three-day trip").
func (d *doc) visitNoun(m *eventMention) bool {
	return m.typ == graph.Meeting && !m.verb && visitNouns[d.toks[m.hi-1].lower]
}

// paysVisit reports whether the actor span sp is the subject of a verb
// that makes the visit m: "Carney will pay an official visit". Only
// lower-case words ("official" is read as a title, yet names no one
// here) may stand between, so the clause is one.
func (d *doc) paysVisit(sp *span, m *eventMention) bool {
	if !d.visitNoun(m) || sp.hi >= m.lo || m.lo-sp.hi > 8 {
		return false
	}
	made := false
	for k := sp.hi; k < m.lo; k++ {
		t := d.toks[k]
		if visitMakers[t.lower] {
			made = true
			continue
		}
		if d.trigAt[k] || t.kind == tokWord && t.cap || t.kind != tokWord && t.kind != tokNumber && t.text != "-" {
			return false
		}
	}
	return made
}

// visitHost returns the state a visit goes to ("a state visit to China"):
// where the visit takes place when no city is named.
func (d *doc) visitHost(m *eventMention, right []actor) *entity {
	if !d.visitNoun(m) {
		return nil
	}
	for _, a := range right {
		if a.ent.typ == graph.Country && a.prev == "to" && d.prevAt(a.pos) == m.hi {
			return a.ent
		}
	}
	return nil
}

// visitForms name a visit by verb or noun: "is expected to visit Russia",
// "a state visit to Ghana".
var visitForms = setOf("visit", "visits", "visited", "visiting", "trip", "trips", "tour")

// visitedState reports whether the state e named at sp is where the visit
// m goes, right after the visit word: the state is the place, and only
// the people named take part.
func (d *doc) visitedState(m *eventMention, sp *span, e *entity) bool {
	if m.typ != graph.Meeting || e.typ != graph.Country || !visitForms[d.toks[m.hi-1].lower] {
		return false
	}
	k := m.hi
	if d.tok(k).lower == "to" {
		k++
	} else if !m.verb {
		return false
	}
	k = d.pastThe(k)
	return sp.lo == k
}
