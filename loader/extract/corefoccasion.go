package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// occasionOf returns the event a verb tells just before a phrase of its own
// clause that names the same happening as its occasion or purpose: "rebels
// shot dead four soldiers in an attack on a post in X" is one attack, and
// "visited Y for talks with Z" one meeting. The verb often takes another
// place or party than the noun (the subject's wider region, the host), so
// the usual test of one place or party keeps them apart; here a word that
// opens another clause ("after", "when", "which") between them, another
// day, mood or attacker does instead.
func (d *doc) occasionOf(m *eventMention) *event {
	if m.verb || len(d.events) == 0 {
		return nil
	}
	at := d.occasionLead(m)
	if at < 0 {
		return nil
	}
	e := d.events[len(d.events)-1]
	v := e.last()
	if e.typ != m.typ || !v.verb || v.sent != m.sent || v.hi > at || at-v.hi > 12 {
		return nil
	}
	if m.typ == graph.Meeting && !visitForms[d.toks[v.lo].lower] {
		return nil // "met X for talks" names its parties anyway; a visit names the host
	}
	if !d.actRunsOn(e, m, v.hi, at) {
		return nil
	}
	return e
}

// participleOf returns the attack a verb tells just before a comma and a
// participle that goes on with the same act: "stormed a village in the
// Tsafe area at dawn, shooting residents" is one raid. The verb's wider
// place ("in the Tsafe area") falls to the participle, so the usual test
// of one place keeps them apart; a word that opens another clause between
// them, another day, mood or attacker does instead.
func (d *doc) participleOf(m *eventMention) *event {
	if m.typ != graph.Attack || !strings.HasSuffix(d.toks[m.lo].lower, "ing") || d.tok(m.lo-1).text != "," || len(d.events) == 0 {
		return nil
	}
	e := d.events[len(d.events)-1]
	v := e.last()
	if e.typ != m.typ || !v.verb || v.sent != m.sent || v.hi > m.lo || m.lo-v.hi > 16 {
		return nil
	}
	if !d.actRunsOn(e, m, v.hi, m.lo-1) {
		return nil
	}
	return e
}

// actRunsOn reports whether mention m can go on telling event e across the
// words lo..hi: none opens another clause or names another event, and
// neither day, mood nor attacker differs.
func (d *doc) actRunsOn(e *event, m *eventMention, lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if occasionBreaks[d.toks[j].lower] || d.trigAt[j] {
			return false
		}
	}
	return sameMood(m.mod, e.mod) && datesMeet(m, e) && (m.perp == nil || e.perp == nil || d.samePerp(m.perp, e.perp))
}

// occasionLead returns the preposition that makes noun mention m a verb's
// occasion, "in an attack", "for talks", "for the summit", else -1.
func (d *doc) occasionLead(m *eventMention) int {
	k := m.lo - 1
	for n := 0; n < 4 && k > 0 && (attackModifiers[d.toks[k].lower] || meetingModifiers[d.toks[k].lower] || d.spanAt[k] != 0) && !determiners[d.toks[k].lower]; n++ {
		k-- // "in a deadly drone attack", "for high-level talks", "for the ASEAN summit"
	}
	switch m.typ {
	case graph.Attack:
		if w := d.tok(k).lower; (w == "a" || w == "an") && d.tok(k-1).lower == "in" {
			return k - 1
		}
	case graph.Meeting:
		if w := d.tok(k).lower; w == "the" || w == "a" || w == "an" {
			k--
		}
		if d.tok(k).lower == "for" {
			return k
		}
	}
	return -1
}

// occasionBreaks open another clause between a verb and "in an attack":
// "killed two men before troops arrived in a raid" tells two things.
var occasionBreaks = setOf("after", "before", "when", "while", "as", "since", "which", "who", "that", "said", "says",
	"during", "until", "amid", ";")
