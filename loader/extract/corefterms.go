package extract

import "github.com/geokg/geokg/graph"

// termsEvent returns the event a mention held on terms with "any" joins:
// "Maduro said he was ready for talks with Trump ... any talks would only
// be possible if Washington pulled back its warships" sets terms for the
// talks just offered, while "Damascus would not sign any agreement unless
// ..." after a declaration it signed names a deal still to come. So the
// mention joins the latest event of its kind not yet held, when it names
// no party, place or day of its own that the event lacks, and otherwise
// starts an event of its own; never one already held.
func (d *doc) termsEvent(m *eventMention) *event {
	if m.mod == graph.Asserted {
		m.mod = graph.Conditional // "any talks could cover ...": talks still to come
	}
	e := d.recentEvent(10, func(e *event) bool {
		return e.typ == m.typ && e.mod != graph.Asserted && e.mod != graph.Denied && e.last().sent >= m.sent-6
	})
	if e == nil || !datesMeet(m, e) || m.loc != nil && (e.loc == nil || !placedAt(e, m.loc)) || !d.partiesCovered(m.parts, e.parts, e.loc) {
		return d.newEvent(m)
	}
	return e
}
