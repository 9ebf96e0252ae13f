package extract

import "github.com/geokg/geokg/graph"

// adoptVerbs make a text agreed by those who adopt it: "leaders adopted a
// declaration".
var adoptVerbs = setOf("adopted", "adopt", "adopts", "adopting", "approved", "approve", "approves",
	"endorsed", "endorse", "endorses", "agreed", "agree", "agrees")

// agreedDeclarations name a declaration several parties settle on: "a
// peace declaration", "the summit declaration", "the leaders' declaration".
var agreedDeclarations = setOf("peace", "summit", "leaders", "leaders'", "final")

// declarationAgreed reports whether the declaration told by the tokens
// lo..hi is one its parties agreed on, an agreement rather than a
// statement: signed or adopted ("adopted a declaration on debt relief",
// "the declaration was approved"), named as a summit's or a peace
// declaration, or the one a summit closed with ("ended the summit with a
// joint declaration"). A declaration of something ("of war", "of a state
// of emergency") is not.
func (d *doc) declarationAgreed(lo, hi int) bool {
	if d.tok(hi).lower == "of" {
		return false
	}
	if (d.tok(hi).lower == "was" || d.tok(hi).lower == "were") && (adoptVerbs[d.tok(hi+1).lower] || signVerbs[d.tok(hi+1).lower]) {
		return true
	}
	if agreedDeclarations[d.tok(lo-1).lower] {
		return true
	}
	s := d.sents[d.sentOf[lo]]
	for k := lo - 1; k >= s.lo && k >= lo-5; k-- {
		t := d.toks[k]
		switch {
		case signVerbs[t.lower] || adoptVerbs[t.lower]:
			return true
		case t.lower == "with":
			return d.summitBefore(k)
		case !(determiners[t.lower] || t.kind == tokNumber || t.text == "-" || t.text == "'s" || t.kind == tokWord && !t.cap):
			return false
		}
	}
	return false
}

// summitBefore reports whether a summit is named in the clause shortly
// before k: "closed a three-day summit in the port city with".
func (d *doc) summitBefore(k int) bool {
	s := d.sents[d.sentOf[k]]
	for j := k - 1; j >= s.lo && j >= k-16; j-- {
		switch d.toks[j].lower {
		case "summit", "summits", "conference", "gathering":
			return true
		}
	}
	return false
}

// summitDeclaration gives a declaration that closed a summit the summit's
// parties, who agree to it: "NATO leaders ended their summit with a joint
// declaration" is agreed by NATO.
func (d *doc) summitDeclaration(m *eventMention) {
	if m.typ != graph.Agreement || m.verb || len(m.parts) > 0 || d.toks[m.hi-1].lower != "declaration" || !d.summitBefore(m.lo) {
		return
	}
	for i := len(d.evs) - 1; i >= 0 && d.evs[i].sent == m.sent; i-- {
		if e := d.evs[i]; e.typ == graph.Meeting && e.hi <= m.lo {
			m.parts = append(m.parts, e.parts...)
			d.agrees = append(d.agrees, agreement{typ: graph.Agreed, sent: m.sent, mod: m.mod, subjects: e.parts, target: m})
			return
		}
	}
}
