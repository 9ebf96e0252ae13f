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

// topicVerbs tell what was said at a meeting: "the case was not raised
// during the meeting".
var topicVerbs = setOf("raised", "discussed", "mentioned", "broached", "addressed", "tabled", "touched")

// meetingTopic takes back the parties a meeting got from the subject of a
// verb that tells its topic: in "the dispute was not raised during the
// talks" the dispute's people did not sit there, and the talks were held
// all the same.
func (d *doc) meetingTopic(m *eventMention) {
	if m.typ != graph.Meeting || m.verb || !d.definite(m) {
		return
	}
	k := m.lo - 1
	for k > 0 && d.toks[k].lower != "the" {
		k--
	}
	if p := d.tok(k - 1).lower; p != "during" && p != "at" && p != "in" {
		return
	}
	v := k - 2
	if !topicVerbs[d.tok(v).lower] {
		return
	}
	j := v - 1
	for j > 0 && (auxWords[d.toks[j].lower] || d.toks[j].lower == "was" || d.toks[j].lower == "were" || d.toks[j].lower == "been" ||
		d.toks[j].lower == "not" || d.toks[j].lower == "never") {
		j--
	}
	if j == v-1 {
		return // "Lula raised the case during the meeting": the one who raised it was there
	}
	s := d.sents[m.sent]
	kept := m.parts[:0]
	for _, e := range m.parts {
		if !d.namedIn(e, s.lo, v) {
			kept = append(kept, e)
		}
	}
	m.parts = kept
	if m.mod == graph.Denied {
		m.mod = graph.Asserted
	}
}

// namedIn reports whether entity e is named in tokens [lo, hi).
func (d *doc) namedIn(e *entity, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if sp, ok := d.spanEntity(k); ok && sp.ent == e {
			return true
		}
	}
	return false
}
