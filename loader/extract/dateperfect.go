package extract

import "github.com/geokg/geokg/graph"

// perfectLedeDates dates the act a lede tells in the present perfect with no
// time ("Kenya has expelled two diplomats, ...") by the day the very next
// sentence gives it ("The envoys were escorted to the airport on Friday"):
// wire copy opens on the news and names its day a sentence later. The next
// sentence must name one day only, before publication, tell no other event
// and not date a speech ("the ministry said on Friday" may be a day after
// the act).
func (d *doc) perfectLedeDates() {
	if !d.hasPub {
		return
	}
	pub := d.pub.Format(graph.DateLayout)
	for _, m := range d.evs {
		si := m.sent
		if m.mod != graph.Asserted || m.ev == nil || m.ev.date != nil || si+1 >= len(d.sents) {
			continue
		}
		if d.sents[si].para > 1 || d.sents[si].heading || !d.opensParagraph(si) || !d.perfectAt(m.lo) || d.hasTimes(si) {
			continue
		}
		de := d.onlyDay(si + 1)
		if de == nil || de.date.Start > pub || d.quoted(si+1) || speechVerbs[d.tok(de.lo-1).lower] || d.otherEventIn(si+1, m.ev) {
			continue
		}
		day := de.date
		m.ev.date = &day
	}
}

// opensParagraph reports whether sentence si is the first of its paragraph.
func (d *doc) opensParagraph(si int) bool {
	return si == 0 || d.sents[si-1].para != d.sents[si].para
}

// perfectAt reports whether the trigger at k is a verb in the present
// perfect: "has expelled", "have been detained". An adverb between ("has
// repeatedly accused") tells a habit, not one act.
func (d *doc) perfectAt(k int) bool {
	p := d.tok(k - 1).lower
	if p == "been" {
		p = d.tok(k - 2).lower
	}
	return p == "has" || p == "have"
}

// hasTimes reports whether sentence si has a time phrase other than a
// dateline.
func (d *doc) hasTimes(si int) bool {
	for i := range d.dates {
		if d.dates[i].sent == si && !d.dateline(d.dates[i]) {
			return true
		}
	}
	return false
}

// onlyDay returns the time phrase of sentence si when it is the only one
// there besides a dateline and names a day, not a bound.
func (d *doc) onlyDay(si int) *dateExpr {
	var out *dateExpr
	for i := range d.dates {
		de := &d.dates[i]
		if de.sent != si || d.dateline(*de) {
			continue
		}
		if out != nil || de.bound || de.date.Precision != graph.Day {
			return nil
		}
		out = de
	}
	return out
}

// otherEventIn reports whether sentence si tells an event other than e: the
// day may then be that event's.
func (d *doc) otherEventIn(si int, e *event) bool {
	for _, n := range d.sentMentions(si) {
		if n.ev != e {
			return true
		}
	}
	return false
}
