package extract

import "github.com/geokg/geokg/graph"

// ledeStatements dates a statement told with no time of its own ("told a
// joint news conference", "wrote on X", "said in a statement") by the day
// of the lede: wire copy reports what was said on the day it covers, and
// tells a remark from another day with its own time or as earlier ("had
// said", "days before the talks").
func (d *doc) ledeStatements() {
	lede := d.ledeDate()
	if lede == nil {
		return
	}
	for _, m := range d.evs {
		if m.typ != graph.Statement || m.date != nil || m.mod != graph.Asserted || m.sent <= lede.sent || d.ownTimeIn(m) || d.earlierTense(m) || d.laterIn(m) {
			continue
		}
		m.date = lede
	}
}

// ownTimeIn reports whether the statement's sentence names a time other
// than within what was said: "said in a radio address that the
// conspirators had meant to act on Friday evening" tells when the plot was
// set, not when the minister spoke.
func (d *doc) ownTimeIn(m *eventMention) bool {
	for i := range d.dates {
		de := &d.dates[i]
		if de.sent == m.sent && !d.reportedContent(m, de) {
			return true
		}
	}
	return false
}

// reportedContent reports whether a time phrase stands in the "that"
// clause told after a statement.
func (d *doc) reportedContent(m *eventMention, de *dateExpr) bool {
	if de.hi <= m.lo {
		return d.contentBefore(m, de)
	}
	if de.lo < m.hi {
		return false
	}
	for k := m.hi; k < de.lo && k <= m.hi+2; k++ {
		if d.toks[k].lower == "that" {
			return true
		}
	}
	return false
}

// contentBefore reports whether a time phrase ending before the statement
// stands in what was said, told first: in "The accord covers sites struck
// in June, the envoy told a news conference" June is not when he spoke. A
// time phrase that opens the sentence ("On Monday, the envoy told ...") is
// the statement's own.
func (d *doc) contentBefore(m *eventMention, de *dateExpr) bool {
	return de.lo > d.sents[m.sent].lo+2 && d.commaBetween(de, m)
}

// nextTimeAfter returns the sentence of the first time phrase after
// sentence si, or the number of sentences when there is none.
func (d *doc) nextTimeAfter(si int) int {
	next := len(d.sents)
	for i := range d.dates {
		if s := d.dates[i].sent; s > si && s < next {
			next = s
		}
	}
	return next
}

// ledeDate returns the day the lede gives to what it reports, if any. The
// lede is the first paragraph, or the second when the first is a headline
// repeated as text.
func (d *doc) ledeDate() *dateExpr {
	para := -1
	for si, s := range d.sents {
		if !s.heading {
			para = d.sents[si].para
			break
		}
	}
	for i := range d.dates {
		de := &d.dates[i]
		if d.sents[de.sent].para > para+1 {
			break
		}
		if !de.bound && de.date.Precision == graph.Day && !d.setAhead(de) {
			return de
		}
	}
	return nil
}

// setAhead reports whether a day is one the lede sets for later ("called
// an election for Feb. 8 on Tuesday"), which dates nothing it reports.
func (d *doc) setAhead(de *dateExpr) bool {
	return d.hasPub && d.scheduledDay(de.lo, de.hi) && de.date.Start > d.pub.Format(graph.DateLayout)
}

// pastLedeDate is ledeDate when the publication date is known and the
// lede's day is not after it: a day still ahead dates nothing told after.
func (d *doc) pastLedeDate() *dateExpr {
	lede := d.ledeDate()
	if lede == nil || !d.hasPub || lede.date.Start > d.pub.Format(graph.DateLayout) {
		return nil
	}
	return lede
}

// ledeFollowers dates the talks and accords the paragraphs after the lede
// go on to tell of the lede's actors with no time of their own ("...
// agreed on Tuesday to expand cooperation. The two leaders held two hours
// of talks in Nara"): wire copy tells the day once. The event must be told
// by the lede's actors or by "the two leaders" and the like, and not as
// earlier.
func (d *doc) ledeFollowers() {
	lede := d.pastLedeDate()
	if lede == nil {
		return
	}
	para := d.sents[lede.sent].para
	actors := make(map[*entity]bool)
	ls := d.sents[lede.sent]
	for k := ls.lo; k < ls.hi; k++ {
		if _, e := d.actorAt(k); e != nil {
			actors[e] = true
		}
	}
	// The day holds until the text names another time: "The two leaders
	// agreed ..." two paragraphs on still tells of the lede's day.
	next := d.nextTimeAfter(lede.sent)
	for _, m := range d.evs {
		if m.sent <= lede.sent || d.sents[m.sent].para <= para || d.sents[m.sent].para > para+3 || m.date != nil {
			continue
		}
		if m.sent > next || m.sent == next && !d.backgroundTimesAfter(m) {
			continue
		}
		// A vote on a resolution by the lede's council is the lede's vote.
		if m.typ != graph.Meeting && m.typ != graph.Agreement && m.body == nil || m.mod != graph.Asserted {
			continue
		}
		if d.earlierTense(m) || d.laterIn(m) || d.toldAsBefore(m) || d.perfectBefore(m) || d.modalMention(m) {
			continue
		}
		known := d.anaphoricOpener(d.sents[m.sent].lo) || d.ledeGathering(m, para)
		// Right after the lede, a leader whose title names a state of the
		// lede tells of that state: "Japan and Ruritania agreed ... on
		// Monday. Japanese Prime Minister ... hosted ...".
		byTitle := d.sents[m.sent].para == para+1
		for _, p := range m.parts {
			known = known || actors[p] || byTitle && p.typ == graph.Person && actors[d.actorState(p)]
		}
		if known {
			m.date = lede
		}
	}
}

// anaphoricOpener reports whether a sentence opens on the actors told
// before: "The two leaders", "Both sides", "They".
func (d *doc) anaphoricOpener(lo int) bool {
	w0, w1, w2 := d.tok(lo).lower, d.tok(lo+1).lower, d.tok(lo+2).lower
	switch {
	case w0 == "they":
		return true
	case (w0 == "the" || w0 == "both") && groupNouns[w1]:
		return true
	case w0 == "the" && (w1 == "two" || w1 == "three" || w1 == "four") && groupNouns[w2]:
		return true
	}
	return false
}

// perfectBefore reports whether "has" or "have" stands shortly before a
// mention: "have met five times", told as a record, not that day.
func (d *doc) perfectBefore(m *eventMention) bool {
	for k := m.lo - 1; k >= 0 && k >= m.lo-4; k-- {
		if w := d.toks[k].lower; w == "has" || w == "have" || w == "'ve" {
			return true
		}
	}
	return false
}

// backgroundTimesAfter reports whether every time phrase of the mention's
// sentence comes after it and names no day: "met for 90 minutes, their
// first meeting since the levy was imposed last year" still tells the
// lede's day.
func (d *doc) backgroundTimesAfter(m *eventMention) bool {
	for i := range d.dates {
		de := &d.dates[i]
		if de.sent != m.sent {
			continue
		}
		// "the two leaders met in 2019" dates the meeting itself
		if de.lo < m.hi || de.date.Precision == graph.Day || !d.wordBetween(m.hi, de.lo, asideMarks) {
			return false
		}
	}
	return true
}

// asideMarks set what follows them apart from the verb before.
var asideMarks = setOf(",", "since")

// modalMention reports whether a modal word governs the mention, just
// before it or after its noun phrase, with no punctuation between: "a
// meeting with the president would only be possible ..." is not one held
// on the lede's day.
func (d *doc) modalMention(m *eventMention) bool {
	s := d.sents[m.sent]
	// "to" gives a verb after it its mood, but after a meeting's noun it
	// tells a purpose: "a meeting to discuss the truce".
	modal := func(k int) bool { w := d.toks[k].lower; return modalWords[w] && w != "to" }
	for k := m.lo - 1; k >= m.lo-3 && k >= s.lo && d.toks[k].kind != tokPunct; k-- {
		if modal(k) {
			return true
		}
	}
	for k := m.hi; k < m.hi+8 && k < s.hi && d.toks[k].kind != tokPunct; k++ {
		if modal(k) {
			return true
		}
	}
	return false
}
