package extract

import "github.com/geokg/geokg/graph"

// An act a side "did not rule out" is its own possible act, worth a node
// with that side alone as its party: "did not rule out a joint inquiry",
// "would not rule out opening proceedings against X". Without this the act
// noun names no party and falls away as a generic word.

// ruledOutLead are the words that may stand between "rule out" and the act
// noun without making the noun part of some other phrase: articles,
// qualifiers and the gerund that opens the act ("opening", "filing").
var ruledOutLead = setOf("a", "an", "the", "any", "new", "further", "joint", "formal", "cabinet", "government", "legal",
	"infringement", "opening", "launching", "filing", "lodging", "bringing", "international", "independent")

// ruledOutAt returns where the refused "rule out" whose object the trigger
// at lo heads starts, or -1.
func (d *doc) ruledOutAt(lo int) int {
	j := lo - 1
	for n := 0; n < 3 && ruledOutLead[d.tok(j).lower]; n++ {
		j--
	}
	r := j - 1
	if r < 0 || d.tok(j).lower != "out" || !d.refusedRuleOut(r) && !(ruleForms[d.tok(r).lower] && d.tok(r-1).lower == "without") {
		return -1 // "without ruling out" keeps the act open as a refusal does
	}
	return r
}

// ruledOutArgs gives an "Other" act named after a refused "rule out" the
// side that refuses as its party, and keeps it possible.
func (d *doc) ruledOutArgs(m *eventMention) {
	if m.typ != graph.OtherEvent || m.verb {
		return
	}
	r := d.ruledOutAt(m.lo)
	if r < 0 {
		return
	}
	src := d.subjectBefore(r, m.sent)
	if src == nil {
		src = d.coordinatedSubject(r, m.sent)
	}
	if src == nil {
		src = d.speakerOf(m.sent)
	}
	if src == nil {
		return
	}
	if !hasEntity(m.parts, src) {
		m.parts = append([]*entity{src}, m.parts...) // "proceedings against X": X was read as the object
	}
	if w := d.tok(m.hi).lower; w == "against" || w == "at" || w == "with" {
		// the side the act is aimed at or the forum it is taken to:
		// "proceedings against X", "a complaint at the WTO"
		a := d.pastThe(m.hi + 1)
		if _, e := d.actorAt(a); e != nil {
			m.parts = appendUnique(m.parts, e)
		}
	}
	m.mod = graph.Possible
}

// ruledOutAct reports whether m is an act a side did not rule out, which
// one party already makes specific.
func (d *doc) ruledOutAct(m *eventMention) bool {
	return m.typ == graph.OtherEvent && len(m.parts) > 0 && d.ruledOutAt(m.lo) >= 0
}

// ruledOutOnly are act nouns that name an event only as what a side did
// not rule out: "without ruling out a challenge at the WTO"; elsewhere
// they are common words ("a challenge for the region").
var ruledOutOnly = setOf("challenge")

// ruledOutFits keeps an "Other" act noun a side did not rule out, even one
// its own rule would keep only when asked for or lodged ("did not rule out
// a joint investigation", "a complaint"); handled is false otherwise.
func (d *doc) ruledOutFits(lo int, typ graph.EventType, verb bool) (fits, handled bool) {
	if typ != graph.OtherEvent || verb {
		return false, false
	}
	if d.ruledOutAt(lo) >= 0 {
		return true, true
	}
	return false, ruledOutOnly[d.toks[lo].lower]
}
