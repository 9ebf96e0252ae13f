package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// judgedGathering reports whether m names, with a definite article, a
// meeting already held: "dismissed the summit as a show" judges it from
// outside, so whoever dismisses it did not sit there.
func (d *doc) judgedGathering(m *eventMention) bool {
	return m.typ == graph.Meeting && !m.verb && m.mod == graph.Asserted && d.definite(m)
}

// reachBack is how many sentences back a definite mention may point. "The
// summit" named again late in a report still means the one summit it
// opened with; other words point back only a few sentences.
func (d *doc) reachBack(m *eventMention, sameWord bool) int {
	if sameWord && m.typ == graph.Meeting && gatherings[strings.ToLower(m.noun)] && d.definite(m) {
		return 12
	}
	return 6
}

// heldIntoPlanned reports whether a meeting told as held would join one
// only proposed or planned: "the summit" said to have taken place is not
// the talks Turkey offered to host.
func heldIntoPlanned(e *event, m *eventMention) bool {
	return m.typ == graph.Meeting && m.mod == graph.Asserted && e.mod != graph.Asserted && e.mod != graph.Denied
}

// judgedPlace drops the place an opening "In Moscow," gave a meeting the
// sentence judges from there: "In Minsk, a spokesman dismissed the summit"
// tells where the spokesman spoke, not where the summit sat.
func (d *doc) judgedPlace(m *eventMention) {
	if m.loc == nil || !d.judgedGathering(m) {
		return
	}
	k := m.lo - 1
	for k > 0 && !determiners[d.toks[k].lower] {
		k--
	}
	v := d.tok(k - 1).lower
	if !rejectVerbs[v] && !criticizeVerbs[v] && !condemnVerbs[v] && !praiseVerbs[v] {
		return
	}
	s := d.sents[m.sent]
	if w := d.toks[s.lo].lower; w != "in" && w != "from" {
		return
	}
	if sp, ok := d.spanEntity(s.lo + 1); ok && sp.ent == m.loc && d.tok(sp.hi).text == "," && sp.hi < k {
		m.loc = nil
	}
}

// praiseVerbs judge a meeting from outside as much as blame does.
var praiseVerbs = setOf("hailed", "praised", "welcomed", "lauded", "derided", "mocked", "ridiculed")
