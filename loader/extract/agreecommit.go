package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// signedDocuments name a paper that two sides sign.
var signedDocuments = setOf("memorandum", "memorandums", "memoranda", "mou", "mous", "contract", "contracts",
	"accord", "accords", "pact", "pacts", "treaty", "treaties")

// signedApart reports whether m is a document newly signed ("signed a
// memorandum on nuclear power", "inked two contracts") beside an agreement
// told so far only as a commitment to act ("agreed to lift trade to $50
// billion"). A summit's undertakings and the papers it signs are separate
// agreements, even on one day between the same leaders.
func (d *doc) signedApart(m *eventMention) bool {
	if m.typ != graph.Agreement || m.verb || !namesDocument(m.noun) {
		return false
	}
	k := m.lo - 1
	if w := d.tok(k).lower; w == "a" || w == "an" || w == "several" || d.tok(k).kind == tokNumber || numberWords[w] > 0 {
		k--
	}
	if !signVerbs[d.tok(k).lower] {
		return false
	}
	e := d.recentEvent(6, func(e *event) bool { return e.typ == graph.Agreement })
	if e == nil {
		return false
	}
	for _, o := range e.mentions {
		if !d.commitment(o) {
			return false
		}
	}
	if len(m.parts) == 0 && d.tok(k-1).lower == "they" {
		// "They signed a memorandum": the sides who made the commitment.
		m.parts = append([]*entity(nil), e.parts...)
	}
	return true
}

// commitment reports whether an agreement mention is a verb that commits
// to an act: "agreed to expand", "agreed on Tuesday to launch"; not
// "agreed to a truce" or "agreed a deal".
func (d *doc) commitment(m *eventMention) bool {
	if !m.verb || !strings.HasPrefix(d.toks[m.lo].lower, "agree") {
		return false
	}
	j := d.infinitiveAfter(m.hi)
	if j < 0 && d.tok(m.hi).lower == "on" && isWeekday(d.tok(m.hi+1).lower) && d.tok(m.hi+2).lower == "to" {
		j = m.hi + 2
	}
	if j < 0 {
		return false
	}
	n := d.tok(j + 1)
	return n.kind == tokWord && !n.cap && !determiners[n.lower] && d.spanAt[j+1] == 0
}

// namesDocument reports whether a trigger names a signed paper: "memorandum
// of understanding", "defence pact".
func namesDocument(noun string) bool {
	for _, w := range strings.Fields(strings.ToLower(noun)) {
		if signedDocuments[w] {
			return true
		}
	}
	return false
}
