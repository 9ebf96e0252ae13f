package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// keepWar reports whether a war named with fewer than two sides is still a
// specific war worth a node: "the war in Tigray" (its place), "Libya's
// long-running conflict" (its owner, which is also where it is fought),
// "the war with Russia" or "the conflict between the army and the militia"
// (one side named with a definite article). A bare "a war" or "the war"
// names no war an analyst could tell apart from another. The owner, the
// sides or the state a kept war is named by join its parties as it is read.
func (d *doc) keepWar(m *eventMention) bool {
	if d.prolongedWar(m) {
		return true
	}
	if m.typ != graph.OtherEvent || !warWords[strings.ToLower(m.noun)] || m.mod != graph.Asserted {
		return false
	}
	k := d.skipWarModifiers(m.lo - 1)
	if d.tok(k).lower != "their" && d.namedWar(m, k) {
		return true
	}
	switch d.tok(k).lower {
	case "'s":
		owner := d.possessiveOwner(k)
		if owner == nil || (owner.typ != graph.Country && owner.typ != graph.Location && owner.typ != graph.Organization) {
			return false
		}
		m.parts = appendUnique(m.parts, owner)
		if m.loc == nil && owner.typ != graph.Organization {
			m.loc = owner // "Libya's long-running conflict" is fought in Libya
		}
		return true
	case "their":
		// "the old rivals ... since their 30-day war": the two states or
		// bodies the sentence named last.
		sides := d.lastSides(k, m.sent)
		if len(sides) < 2 {
			return false
		}
		for _, e := range sides {
			m.parts = appendUnique(m.parts, e)
		}
		return true
	case "of":
		return d.measuredWar(m, k)
	case "the":
		if d.placedIn(m) {
			d.stateAtWar(m)
			return true // "the war in Ukraine"
		}
		switch d.tok(m.hi).lower {
		case "with", "against", "between":
			return len(m.parts) > 0 // "the war with Russia"
		}
		// "Peru has backed the Bolivian army in the war": the one side
		// the clause names ties the war the article follows to it.
		return len(m.parts) == 1 && (m.noun == "war" || m.noun == "conflict")
	}
	return false
}

// prolongVerbs keep a war going. Whoever is said to prolong "the war"
// is a side of a war under way, even where the claim is only an
// accusation: "accused Moscow of dragging out the war".
var prolongVerbs = setOf("prolong", "prolongs", "prolonging", "prolonged", "drag", "drags", "dragging", "dragged")

// prolongedWar keeps "the war" a side is accused of prolonging, with that
// side, and asserts it: the accusation is the speaker's, the war is not in
// doubt.
func (d *doc) prolongedWar(m *eventMention) bool {
	if m.typ != graph.OtherEvent || m.noun != "war" && m.noun != "conflict" || d.tok(m.lo-1).lower != "the" {
		return false
	}
	k := m.lo - 2
	drag := d.tok(k).lower == "out"
	if drag {
		k-- // "dragging out the war"
	}
	v := d.tok(k).lower
	if !prolongVerbs[v] || strings.HasPrefix(v, "drag") != drag {
		return false
	}
	k--
	if d.toks[k].kind == tokPunct {
		k-- // a quoted phrase: accused Moscow of "dragging out the war"
	}
	for n := 0; n < 3 && k > 0 && auxWords[d.toks[k].lower]; n++ {
		k--
	}
	if d.toks[k].lower == "of" {
		k-- // "accused the army of prolonging the war"
	}
	sp, e := d.actorAt(k)
	if e == nil || sp.hi != k+1 || e.typ == graph.Person {
		return false
	}
	m.parts = appendUnique(m.parts, e)
	m.mod = graph.Asserted
	return true
}

// measuredWar keeps a war measured by how long it has lasted, "of" standing
// at k, when its place is told: "ended 15 months of war in Yemen", "Sudan's
// two years of civil war". A war measured so is a specific one; without a
// place ("after years of war") it could be any.
func (d *doc) measuredWar(m *eventMention, k int) bool {
	if !warSpans[d.tok(k-1).lower] {
		return false
	}
	if d.placedIn(m) {
		return true
	}
	j := k - 2
	for n := 0; n < 3 && j > 0; n++ {
		if t := d.toks[j]; t.kind != tokNumber && numberWords[t.lower] == 0 && t.lower != "a" {
			break
		}
		j--
	}
	if d.tok(j).lower != "'s" {
		return false
	}
	owner := d.possessiveOwner(j)
	if owner == nil || owner.typ != graph.Country && owner.typ != graph.Location {
		return false
	}
	m.loc = owner
	return true
}

// stateAtWar makes the state a war is placed in one of its sides: "the
// war in Ukraine" is fought by Ukraine, whoever else fights it; a war in
// a region ("the war in Gaza") leaves the region its place only.
func (d *doc) stateAtWar(m *eventMention) {
	if m.loc.typ == graph.Country {
		m.parts = appendUnique(m.parts, m.loc)
	}
}

// warSpans are the lengths of time a war is counted in.
var warSpans = setOf("days", "weeks", "month", "months", "year", "years", "decade", "decades")

// placedIn reports whether the war m is placed by "in" and a country or
// region right after it.
func (d *doc) placedIn(m *eventMention) bool {
	return m.loc != nil && (m.loc.typ == graph.Country || m.loc.typ == graph.Location) && d.tok(m.hi).lower == "in"
}

// warElsewhere reports whether a war is placed apart from the one the text
// follows: "ended the war in neighbouring Tigray" is another war than the
// conflict reported before.
func (d *doc) warElsewhere(m *eventMention) bool {
	if m.typ != graph.OtherEvent || !warWords[strings.ToLower(m.noun)] || d.tok(m.hi).lower != "in" {
		return false
	}
	next := d.tok(m.hi + 1).lower
	return next == "neighbouring" || next == "neighboring"
}

// warToll reports whether a kill verb can tell the toll of war e: "the
// war, which began in 2023, has killed thousands". A war named in an
// earlier sentence ("since their war last year. Four were killed") leaves
// the toll to the strike the text reports, unless the kill verb's sentence
// goes on with "It".
func (d *doc) warToll(e *event, m *eventMention) bool {
	if !e.war() {
		return false
	}
	last := e.mentions[len(e.mentions)-1].sent
	// "The war erupted in 2023 ... It has killed 20,000": the next
	// sentence's "it" is the war.
	return last == m.sent || last == m.sent-1 && d.toks[d.sents[m.sent].lo].lower == "it"
}

// skipWarModifiers steps back over the words that qualify a war ("the
// two-year", "Libya's long-running", "the brutal") and returns the index of
// the word before them.
func (d *doc) skipWarModifiers(k int) int {
	for n := 0; n < 6 && k > 0; n++ {
		t := d.toks[k]
		if d.spanAt[k] != 0 || t.cap {
			break
		}
		// A hyphen joins the words of one modifier: "long - running".
		hyphened := t.text == "-" || d.tok(k+1).text == "-" || d.tok(k-1).text == "-"
		if warModifiers[t.lower] || t.kind == tokNumber || durationUnits[t.lower] || hyphened {
			k--
			continue
		}
		break
	}
	return k
}

// lastSides returns the last two states or bodies named in sentence si
// before k, latest first.
func (d *doc) lastSides(k, si int) []*entity {
	var sides []*entity
	for _, sp := range d.walkBack(d.sents[si].lo, k) {
		if len(sides) == 2 {
			break
		}
		if e := actorOf(sp); e != nil && (e.typ == graph.Country || e.typ == graph.Organization) && !hasEntity(sides, e) {
			sides = append(sides, e)
		}
	}
	return sides
}

// possessiveOwner is the actor whose "'s" stands at k.
func (d *doc) possessiveOwner(k int) *entity {
	sp, e := d.actorAt(k - 1)
	if sp == nil || sp.hi != k {
		return nil
	}
	return e
}

// warModifiers qualify a war without naming a side: "the brutal war",
// "Libya's long-running conflict", "the ongoing civil war".
var warModifiers = setOf("long", "brutal", "bloody", "ongoing", "protracted", "grinding", "devastating", "deadly",
	"bitter", "armed", "border", "internal", "current", "recent", "previous", "unprovoked", "illegal", "separatist",
	"jihadist", "islamist", "ethnic", "sectarian", "civil", "simmering", "festering", "forgotten", "long-running")

// warCompounds after "war" make a thing of the war, not the war itself:
// "war machine", "war crimes", "war chest".
var warCompounds = setOf("machine", "chest", "crime", "crimes", "criminal", "criminals", "footing", "room", "cabinet",
	"zone", "zones", "games", "memorial", "veteran", "veterans", "widows", "hero", "heroes", "bonds", "booty", "rhetoric",
	"drums", "powers", "tribunal", "correspondent", "reporter", "reparations", "dead", "graves", "economy")
