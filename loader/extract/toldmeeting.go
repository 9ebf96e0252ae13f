package extract

import "github.com/geokg/geokg/graph"

// tellVerbs report speech to an audience that can be a meeting: "told the
// summit", "told a Senate hearing", "told Putin in a phone call".
var tellVerbs = setOf("told", "tells", "tell", "telling", "briefed", "briefs", "addressed", "addresses", "addressing")

// callPreps put a told person and the teller in one meeting: "told X in a
// phone call", "told X during talks".
var callPreps = setOf("in", "during", "at", "on")

// toldAt returns who speaks at a meeting the sentence tells them speaking
// to: the teller of "X told the meeting" or "X told a Senate hearing", and
// of "X told Y in a phone call", where the second also names whom the
// teller met. It returns nil when the meeting noun is not told to.
func (d *doc) toldAt(m *eventMention) (teller *entity, withTold bool) {
	s := d.sents[m.sent]
	if m.typ != graph.Meeting || m.verb || m.lo <= s.lo+1 {
		return nil, false
	}
	k := m.lo - 1
	for k > s.lo && k > m.lo-6 && !callPreps[d.tok(k).lower] && (determiners[d.tok(k).lower] || meetingModifiers[d.tok(k).lower] || d.spanAt[k] != 0 && d.tok(k).cap) {
		if d.spanAt[k] != 0 {
			k = d.spans[d.spanAt[k]-1].lo // "a Senate hearing"
		}
		k--
	}
	if callPreps[d.tok(k).lower] {
		// "told Putin in a phone call": past the one told to the verb.
		sp, e := d.actorAt(k - 1)
		if e == nil || e.typ != graph.Person || sp.hi != k {
			return nil, false
		}
		k = sp.lo - 1
		for k > s.lo && d.spanAt[k] != 0 && (d.spans[d.spanAt[k]-1].kind == spanRole || d.spans[d.spanAt[k]-1].country) {
			k = d.spans[d.spanAt[k]-1].lo - 1 // "told Russian President Vladimir Putin"
		}
		for k > s.lo && d.spanAt[k] == 0 && d.toks[k].cap && d.toks[k].kind == tokWord {
			k-- // a demonym or title left outside any span
		}
		withTold = true
	}
	if k <= s.lo || !tellVerbs[d.tok(k).lower] || d.spanAt[k] != 0 {
		return nil, false
	}
	e := d.attribution(k, s)
	if e == nil || e.typ != graph.Person && e.typ != graph.Country && e.typ != graph.Organization {
		return nil, false
	}
	return e, withTold
}

// addTeller makes the teller of a told meeting a party to it, and in a call
// ("told Y in a phone call") a party who met each person named in it.
func (d *doc) addTeller(m *eventMention) {
	e, withTold := d.toldAt(m)
	if e == nil || hasEntity(m.parts, e) {
		return
	}
	if withTold {
		for _, p := range m.parts {
			if p.typ == graph.Person {
				m.pairs = append(m.pairs, [2]*entity{e, p})
			}
		}
	}
	m.parts = append(m.parts, e)
}
