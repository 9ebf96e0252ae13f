package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// A halt to attacks that is only offered or asked for ("Kyiv offered to
// halt its drone strikes if Moscow stopped its missile attacks", "ready to
// stop striking the refineries") is a ceasefire still to come, as the
// lexicon's "halt to attacks" is: the attacks named are no event of their
// own, and the one who would halt them is its party.

// haltForms are the written forms of the verbs that stop fighting.
var haltForms = verbSet("halt", "stop", "cease", "end", "suspend", "pause")

// haltOfferWords before "to" make the halt after it an offer: "offered to
// halt", "ready to stop".
var haltOfferWords = withVerbs(setOf("ready", "prepared", "willing", "open"), "offer", "propose", "pledge", "promise", "vow")

// haltModals before a halt verb put it ahead: "would stop its strikes".
var haltModals = setOf("would", "could", "will", "might")

// haltOpeners open a clause whose halt is only a condition: "if Moscow
// stopped its strikes", "unless the army halts the shelling".
var haltOpeners = setOf("if", "unless", "once", "provided")

// hypotheticalHalt returns where the halt verb stands whose object is the
// attack word at a, when the halt is offered or set as a condition, or -1.
func (d *doc) hypotheticalHalt(a int) int {
	s := d.sents[d.sentOf[a]]
	h := a - 1
	for ; h >= s.lo && h >= a-5; h-- {
		t := d.toks[h]
		if haltForms[t.lower] {
			break
		}
		if t.kind == tokNumber || haltGlue[t.lower] || t.lower == "and" || t.lower == "or" {
			continue
		}
		if t.kind != tokWord || prepositions[t.lower] || determiners[t.lower] && t.lower != "all" || d.trigAt[h] {
			return -1
		}
	}
	if h < s.lo || h < a-5 {
		return -1
	}
	p := h - 1
	for d.tok(p).lower == "first" || d.tok(p).lower == "also" || d.tok(p).lower == "immediately" {
		p--
	}
	switch w := d.tok(p).lower; {
	case w == "not" || w == "never" || w == "n't":
		return -1 // "would not stop its strikes": a refusal, no offer
	case w == "to" && haltOfferWords[d.tok(p-1).lower]:
		return h
	case haltModals[w] && p > s.lo:
		// "would stop its strikes if ...": a modal alone may report what
		// was agreed ("both sides would stop all firing"), so only a
		// condition after it makes the halt an offer.
		for k := a + 1; k < s.hi; k++ {
			if haltOpeners[d.toks[k].lower] {
				return h
			}
		}
		return -1
	}
	// "if Moscow stopped its strikes": a short subject between the opener
	// and the verb, no comma or other verb.
	for k := p; k >= s.lo && k >= h-7; k-- {
		t := d.toks[k]
		if haltOpeners[t.lower] {
			if k == p || t.lower == "once" && !d.onceCondition(k) {
				return -1
			}
			return h
		}
		if t.kind != tokWord || d.trigAt[k] || t.lower == "to" || d.looksVerb(k) {
			return -1 // "if the army failed to halt the raids": its failure is the condition
		}
	}
	return -1
}

// conditionApart reports whether the halt told at m is apart from event e:
// e was reported as made or refused, or a condition opener stands between
// e's last mention and m in one sentence ("would halt its strikes if
// Moscow halted its own" tells two halts, the offer and its condition).
func (d *doc) conditionApart(e *event, m *eventMention) bool {
	if !haltTold(m) {
		return false
	}
	if moodsApart(e.mod, m.mod) {
		return true // "offered to halt its strikes" is no truce reported as made or refused
	}
	last := e.last()
	if last.sent != m.sent || last.hi > m.lo {
		return false
	}
	for k := last.hi; k < m.lo; k++ {
		if w := d.toks[k].lower; w == "if" || w == "unless" {
			return true
		}
		if at, _ := d.conditionAt(k); at >= 0 {
			return true
		}
	}
	return false
}

// haltConditionArgs gives an offered halt the mood of an offer, and keeps
// to the one who must halt the parties of a halt set as a condition: in
// "if Moscow stopped its strikes on Ukrainian cities", Russia alone would
// halt; the cities' state is what it spares.
func (d *doc) haltConditionArgs(m *eventMention) {
	if !haltTold(m) {
		return
	}
	s := d.sents[m.sent]
	if m.mod == graph.Asserted {
		// "had offered to halt its strikes for 90 days if ...": offered, not
		// made, and held by the condition that follows however far.
		m.mod = graph.Possible
		for k := m.hi; k < s.hi; k++ {
			if haltOpeners[d.toks[k].lower] {
				m.mod = graph.Conditional
				break
			}
		}
	}
	for k := m.lo - 1; k >= s.lo && k >= m.lo-7; k-- {
		if !haltOpeners[d.toks[k].lower] {
			continue
		}
		for j := k + 1; j < m.lo; j++ {
			if sp, e := d.actorAt(j); e != nil && e.typ != graph.Location {
				if sp.hi <= m.lo {
					m.parts = []*entity{e}
				}
				return
			}
		}
		return
	}
}

// haltTold reports whether a ceasefire mention is a halt verb's, built by
// hypotheticalHalt: "halt all drone strikes".
func haltTold(m *eventMention) bool {
	w, _, _ := strings.Cut(strings.ToLower(m.noun), " ")
	return m.typ == graph.Ceasefire && m.verb && haltForms[w]
}

// attackHalt returns hypotheticalHalt of an attack trigger at lo, -1 for
// any other trigger.
func (d *doc) attackHalt(lo int, typ graph.EventType) int {
	if typ != graph.Attack {
		return -1
	}
	return d.hypotheticalHalt(lo)
}
