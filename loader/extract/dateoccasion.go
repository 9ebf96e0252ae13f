package extract

import (
	"github.com/geokg/geokg/graph"
)

// occasionDates dates talks told as the occasion of a dated act: "agreed on
// Thursday to a ceasefire following talks hosted by Malaysia", "signed the
// accord after a meeting with the president", "the offer was made at a
// summit in Abuja". Wire copy tells such talks on the day of the act they
// led to. Talks told as lasting ("after weeks of talks"), as days apart
// ("two days after talks") or with a verb of their own ("after talks in
// Geneva collapsed") keep no day; so does a sentence that names another
// time.
func (d *doc) occasionDates() {
	for _, m := range d.evs {
		if m.typ != graph.Meeting || m.mod != graph.Asserted || m.ev == nil || m.ev.date != nil {
			continue
		}
		k := d.occasionWord(m)
		if k < 0 || d.spanOfTime(m) || d.finiteAfter(m) || !d.sentDatesBefore(m.sent, k) {
			continue
		}
		if dt := d.occasionDay(m, k); dt != nil {
			day := *dt
			m.ev.date = &day
		}
	}
}

// occasionWord returns the "after", "following", "at" or "during" that opens the
// noun phrase of a meeting mention, or -1.
func (d *doc) occasionWord(m *eventMention) int {
	for k := m.lo - 1; k >= 0 && k >= m.lo-6; k-- {
		w := d.toks[k]
		switch w.lower {
		case "after", "following":
			if p := d.tok(k - 1).lower; durationUnits[p] && !shortUnits[p] {
				return -1 // "two days after talks": relativeDays
			}
			return k
		case "at", "during":
			// "signed the accord on Tuesday during a visit by": the
			// visit's day is the act's
			return k
		}
		if w.kind != tokWord && w.kind != tokNumber && w.text != "-" || determiners[w.lower] && w.lower != "a" && w.lower != "an" {
			// "after the talks" names talks told before, with their own day
			return -1
		}
	}
	return -1
}

// finiteAfter reports whether the meeting is the subject of a clause of
// its own: "after talks in Geneva collapsed" tells when the talks ended,
// which may be days before.
func (d *doc) finiteAfter(m *eventMention) bool {
	_, hi := d.clause(m.lo)
	for k := m.hi; k < hi && k < m.hi+8; k++ {
		w := d.toks[k]
		if w.kind != tokWord || w.cap {
			continue
		}
		if aspectVerbs[w.lower] || pastVerbs[w.lower] || isPastForm(w.lower) && d.tok(k+1).lower != "by" {
			if d.tok(k-1).lower == "the" || d.tok(k-1).lower == "a" {
				continue // "after talks with the detained ..."
			}
			if p := d.tok(k - 1).lower; p == "that" || p == "which" {
				continue // "after talks that lasted two hours": still the occasion
			}
			return true
		}
	}
	return false
}

// sentDatesBefore reports whether every time phrase of sentence si is a
// day told before token k: a sentence that names another time may give
// the talks theirs.
func (d *doc) sentDatesBefore(si, k int) bool {
	for i := range d.dates {
		de := &d.dates[i]
		if de.sent != si || d.dateline(*de) {
			continue
		}
		if de.hi > k || de.date.Precision != graph.Day {
			return false
		}
	}
	return true
}

// occasionDay returns the day of the act the talks at k led to: the day
// phrase just before k ("announced the recognition on Friday after a
// call"), else the day of the act told before k in the sentence, else that
// of the event a definite noun there names again ("The offer was made at
// a summit").
func (d *doc) occasionDay(m *eventMention, k int) *graph.Date {
	a := d.actBefore(m, k)
	if a != nil && (a.typ == graph.Attack || a.typ == graph.Protest) {
		return nil // a strike or a march after talks is no outcome of them
	}
	for i := range d.dates {
		de := &d.dates[i]
		if de.sent != m.sent || de.hi > k || de.bound || de.date.Precision != graph.Day {
			continue
		}
		if de.hi == k || a == nil && !d.breakBetween(de.hi, k) {
			// "agreed on Tuesday to reopen the border following talks"
			return &de.date
		}
	}
	if a != nil {
		if a.ev != nil && a.ev.date != nil && a.ev.date.Precision == graph.Day {
			return a.ev.date
		}
		return nil
	}
	s := d.sents[m.sent]
	for j := s.lo + 1; j < k; j++ {
		if d.toks[j-1].lower != "the" {
			continue
		}
		typ, ok := d.recallType(j)
		if !ok || typ == graph.OtherEvent || typ == m.typ {
			continue
		}
		if e := d.toldJustBefore(typ, m.sent); e != nil && e.date != nil && e.date.Precision == graph.Day {
			return e.date
		}
		return nil
	}
	return nil
}

// toldJustBefore returns the latest asserted event of type typ told in
// the two sentences before si.
func (d *doc) toldJustBefore(typ graph.EventType, si int) *event {
	var out *event
	for _, e := range d.events {
		if e.typ != typ || e.mod != graph.Asserted {
			continue
		}
		if last := e.mentions[len(e.mentions)-1].sent; last < si && last >= si-2 {
			out = e
		}
	}
	return out
}

// actBefore returns the asserted mention nearest before token k in the
// meeting's sentence that is another event than the meeting: the act the
// talks led to.
func (d *doc) actBefore(m *eventMention, k int) *eventMention {
	var best *eventMention
	for _, n := range d.sentMentions(m.sent) {
		if n.hi > k || n.ev == m.ev || n.mod != graph.Asserted || k-n.hi > 20 {
			continue
		}
		best = n
	}
	return best
}

// breakBetween reports whether a clause break stands in [lo, hi).
func (d *doc) breakBetween(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if d.isBreak(k) {
			return true
		}
	}
	return false
}
