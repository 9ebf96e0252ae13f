package extract

import (
	"github.com/geokg/geokg/graph"
)

// labourWords name the people or bodies that go on strike. Near "strike"
// they make it a stoppage of work, not a military strike.
var labourWords = setOf("workers", "worker", "union", "unions", "employees", "drivers", "teachers", "doctors",
	"nurses", "fishermen", "miners", "dockers", "dockworkers", "truckers", "transporters", "staff", "labour",
	"labor", "federation", "confederation", "pilots", "farmers", "students", "traders", "shopkeepers", "merchants",
	"lawyers", "civil", "servants", "employers", "syndicate", "syndicates", "associations", "association", "guild")

// strikeLengths open a stoppage of work: "a 48-hour strike", "an
// indefinite strike". Military strikes are not told by their length.
var strikeLengths = setOf("indefinite", "open-ended", "nationwide", "week-long", "weeklong", "day-long", "daylong",
	"one-day", "two-day", "three-day", "24-hour", "48-hour", "72-hour", "12-hour", "labour", "labor", "workers",
	"teachers", "transport", "warning", "rolling", "sympathy", "wildcat", "unlimited")

// strikeVerbs take a stoppage of work as object: "staged a strike",
// "went on strike".
var strikeVerbs = withVerbs(setOf("walked"), "stage", "go")

// weaponWords near a strike make it an armed one whatever else is said.
var armedStrikeWords = setOf("missile", "missiles", "drone", "drones", "air", "airstrike", "rocket", "rockets",
	"artillery", "bomb", "bombs", "jets", "warplanes", "israeli", "military", "retaliatory", "precision", "targeted",
	"killed", "killing", "wounded", "dead", "destroyed", "hit", "pre-emptive", "preemptive", "naval", "army")

// labourStrike reports whether the strike noun at [lo, hi) is a stoppage
// of work: "port workers who staged a 72-hour strike", "an
// indefinite strike by fishermen", "unions went on strike".
func (d *doc) labourStrike(lo, hi int) bool {
	w := d.toks[lo].lower
	if hi-lo != 1 || w != "strike" && w != "strikes" {
		return false
	}
	s := d.sents[d.sentOf[lo]]
	for k := max(s.lo, lo-6); k < min(s.hi, hi+6); k++ {
		if armedStrikeWords[d.toks[k].lower] {
			return false
		}
	}
	prev := d.tok(lo - 1).lower
	if prev == "on" {
		return true // "went on strike", "are on strike"
	}
	// Over the length and a determiner: "staged a 48-hour strike".
	k := lo - 1
	labour := false
	for k >= s.lo && k >= lo-5 {
		t := d.toks[k]
		if strikeLengths[t.lower] || labourWords[t.lower] || t.kind == tokNumber || t.text == "-" || durationUnits[t.lower] || t.text == "'" || t.text == "’" || t.lower == "'s" {
			labour = labour || strikeLengths[t.lower] || labourWords[t.lower] || durationUnits[t.lower]
			k--
			continue
		}
		break
	}
	if labour {
		return true
	}
	if d.tok(k).lower == "a" || d.tok(k).lower == "an" || d.tok(k).lower == "the" {
		k--
	}
	if strikeVerbs[d.tok(k).lower] {
		return true
	}
	// "a strike by fishermen", "a strike over unpaid wages" called by a union.
	if d.tok(hi).lower == "by" && labourWords[d.tok(hi+1).lower] {
		return true
	}
	for j := max(s.lo, lo-8); j < lo; j++ {
		if labourWords[d.toks[j].lower] && (callVerbs[d.tok(k).lower] || d.tok(k).lower == "announced") {
			return true // "the union called a strike"
		}
	}
	return false
}

// callVerbs make their subject the organiser of a protest: "the CGT has
// called a general strike".
var callVerbs = verbSet("call", "organise", "organize", "stage", "lead", "announce", "declare", "launch",
	"hold", "convene")

// protestOrganisers returns the bodies that call or lead a protest: the
// subject of "called a strike", the agent of "a march called by the
// party", the owner of "the CGT's general strike". Only organisations:
// a state does not march, and a person named with a rally speaks at it.
func (d *doc) protestOrganisers(m *eventMention) []*entity {
	if m.verb {
		return nil
	}
	var out []*entity
	isBody := func(e *entity) bool { return e != nil && e.typ == graph.Organization && !e.media }
	// "the CGT's general strike", "the union's walkout"
	k := m.lo - 1
	for k > m.lo-4 && k > 0 && (strikeLengths[d.toks[k].lower] || meetingModifiers[d.toks[k].lower] && d.toks[k].lower != "'s" || d.toks[k].kind == tokNumber || d.toks[k].text == "-" || durationUnits[d.toks[k].lower]) {
		k--
	}
	if d.tok(k).lower == "'s" {
		if sp, e := d.actorAt(max(k-1, 0)); sp != nil && isBody(e) {
			out = append(out, e)
		}
	}
	// "called by student groups and the party", "organised by the union"
	j := m.hi
	for j < m.hi+10 && j < len(d.toks) && !d.trigAt[j] && !(callVerbs[d.toks[j].lower] && d.tok(j+1).lower == "by") && d.toks[j].text != ";" && d.sentOf[j] == d.sentOf[m.lo] {
		j++
	}
	if callVerbs[d.tok(j).lower] && d.tok(j+1).lower == "by" && d.sentOf[j] == d.sentOf[m.lo] {
		_, chi := d.clause(m.lo)
		for k, sp := range d.walk(j+2, j+14) {
			if d.toks[k].text == ";" {
				break
			}
			if sp != nil {
				if e := actorOf(sp); isBody(e) {
					out = appendUnique(out, e)
				}
				continue
			}
			if d.trigAt[k] || k >= chi && d.toks[k].text != "," {
				break
			}
		}
	}
	// "The dockers' union federation has called a general strike"
	v := m.lo - 1
	for v > m.lo-6 && v > 0 && (determiners[d.toks[v].lower] || strikeLengths[d.toks[v].lower] || meetingModifiers[d.toks[v].lower] || d.toks[v].kind == tokNumber || d.toks[v].text == "-" || durationUnits[d.toks[v].lower]) {
		v--
	}
	if callVerbs[d.tok(v).lower] {
		lo, _ := d.clause(v)
		for k := v - 1; k >= lo && k >= v-10; k-- {
			if sp, e := d.actorAt(k); sp != nil {
				if isBody(e) && !d.isModifierActor(sp) && !d.isSpeaker(sp) {
					out = appendUnique(out, e)
					break
				}
				k = sp.lo
				continue
			}
			if w := d.toks[k].lower; w == "who" || w == "which" || w == "that" || w == "," {
				break
			}
		}
	}
	return out
}

// residentsOf are people named by their place: "residents of Santiago
// took to the streets" marched there.
var residentsOf = setOf("residents", "people", "citizens", "inhabitants", "townspeople", "villagers", "workers")

// protestHome returns the place the protesters are from when they are
// named by it right before the protest: "residents of Mombasa took to
// the streets".
func (d *doc) protestHome(m *eventMention) *entity {
	s := d.sents[m.sent]
	for k := max(s.lo, m.lo-12); k < m.lo; k++ {
		if !residentsOf[d.toks[k].lower] || d.tok(k+1).lower != "of" {
			continue
		}
		j := d.pastThe(k + 2)
		if sp, ok := d.spanEntity(j); ok && sp.ent != nil && (sp.ent.typ == graph.Location || sp.ent.typ == graph.Country) && sp.hi <= m.lo {
			return sp.ent
		}
	}
	return nil
}

// protestArgs adds what a protest noun's clause says of it beyond the
// common arguments: who called it and where its people are from.
func (d *doc) protestArgs(m *eventMention) {
	for _, e := range d.protestOrganisers(m) {
		m.parts = appendUnique(m.parts, e)
	}
	if e := d.stoppageBy(m); e != nil {
		m.parts = appendUnique(m.parts, e)
	}
	if m.loc == nil {
		m.loc = d.protestHome(m)
	}
	if m.loc == nil {
		m.loc = d.roadPlace(m)
	}
	if m.loc == nil {
		m.loc = d.frontedPlace(m)
	}
}

// stoppage reports whether a protest mention names a stoppage of work.
func stoppage(noun string) bool {
	w := headKey(noun)
	return w == "strik" || w == "walkout"
}

// sameProtestKind keeps a strike and a march apart: an article that
// tells of a march by workers who struck last month tells two protests.
func sameProtestKind(m *eventMention, e *event) bool {
	var first *eventMention
	for _, o := range e.mentions {
		if !o.verb {
			first = o
			break
		}
	}
	if first == nil || m.verb || stoppage(m.noun) == stoppage(first.noun) {
		return true // "clashed ... during a general strike": told by a verb first
	}
	// "the unrest", "the protests" may report either.
	return !stoppage(m.noun) && crowdEventNouns[m.noun] == "" && !marchWords[headKey(m.noun)]
}

// marchWords name a procession, never a stoppage of work.
var marchWords = setOf("march", "marche", "marched", "rally", "ralli", "demonstration")

// marchAfter may follow a march noun that names a procession: "the march
// on parliament", "the march, called by ...", "the march drew thousands".
var marchAfter = setOf(",", "on", "through", "to", "in", "against", "by", "from", "was", "ended", "began", "drew",
	"called", "organised", "organized", "led", "passed", "turned", "reached", "demanding", "toward", "towards")

// crowdPaths place a protest told before its noun: "blocked roads across
// France in protest", "marched through Lyon".
var crowdPaths = setOf("across", "through", "throughout")
