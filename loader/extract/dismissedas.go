package extract

import "github.com/geokg/geokg/graph"

// dismissVerbs brush a thing aside; with "as" and a verdict after the thing
// ("dismissed the summit as a show") they judge it rather than refuse it.
var dismissVerbs = verbSet("dismiss")

// dismissedAsJudgement reports whether the verb at k dismisses m "as"
// something and m is a deed already done by others — a meeting held, a
// speech given, a deal struck, a rally held — so the speaker criticises
// it: no one was offered a summit or a speech to turn down. A truce or a
// plan dismissed ("dismissed the truce as theatre") stays refused.
func (d *doc) dismissedAsJudgement(k int, m *eventMention) bool {
	if !dismissVerbs[d.toks[k].lower] || d.tok(m.hi).lower != "as" || !d.definite(m) {
		return false
	}
	if m.mod != graph.Asserted && m.mod != graph.Conditional {
		// a proposed deal or a planned summit may be turned down; a terms
		// clause after the verdict ("worthless as long as ...") does not
		// make the deal itself any less struck.
		return false
	}
	switch m.typ {
	case graph.Meeting:
		return !m.verb
	case graph.Statement, graph.Agreement, graph.Protest:
		return true
	}
	return false
}

// dismissedPartyAs reports whether the verb at k dismisses a named party
// "as" something: "dismissed NATO as a relic", "dismissed the tribunal as a
// show court". A body or a state is not an offer one turns down, so the
// verdict criticises it.
func (d *doc) dismissedPartyAs(k int) bool {
	if !dismissVerbs[d.toks[k].lower] {
		return false
	}
	j := d.pastThe(k + 1)
	sp, e := d.actorAt(j)
	if e == nil || sp.lo != j {
		return false
	}
	_, hi := d.clause(k)
	return sp.hi < hi && d.tok(sp.hi).lower == "as"
}
