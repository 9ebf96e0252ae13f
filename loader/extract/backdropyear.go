package extract

import "github.com/geokg/geokg/graph"

// indefiniteArticles open a mention that brings in a happening not told
// before.
var indefiniteArticles = setOf("a", "an")

// earlierYearAct reports whether m is an act brought in with "a" or "an"
// and dated by a year before the article's: "since a car bomb outside
// a church killed three people in 2018", "In 2021, an ambush in the same
// valley killed six soldiers". The article names an earlier act to measure
// the day's by; it is an event of its own even while the day's act has no
// date yet to tell them apart.
func (d *doc) earlierYearAct(m *eventMention) bool {
	if m.verb || m.date == nil || m.date.bound || m.mod != graph.Asserted || d.pub.IsZero() {
		return false
	}
	if dt := m.date.date; dt.Precision != graph.Year || dayYear(dt.Start) >= d.pub.Year() {
		return false
	}
	return d.indefiniteOpener(m)
}

// indefiniteOpener reports whether "a" or "an" opens m over at most two
// lower-case words: "a car bomb", "an ambush", not "Hamas's attack" or
// "the 2023 ambush".
func (d *doc) indefiniteOpener(m *eventMention) bool {
	lo := d.sents[m.sent].lo
	for k := m.lo - 1; k >= lo && k >= m.lo-3; k-- {
		t := d.toks[k]
		if indefiniteArticles[t.lower] {
			return true
		}
		if t.kind != tokWord || t.cap || d.spanAt[k] != 0 {
			return false // "Hamas's attack", "the 2023 ambush"
		}
	}
	return false
}

// sinceAct reports whether m is a dated act brought in with "a" or "an"
// in a clause opened by "since": "the first accord of its kind since both
// states signed a border treaty earlier in the year". What "since"
// measures from is earlier than what the article reports, whatever the
// precision of its date, so it is an event of its own; unlike a backdrop
// of an earlier year, later mentions may still name it.
func (d *doc) sinceAct(m *eventMention) bool {
	if m.verb || m.date == nil || m.mod != graph.Asserted || !d.sinceClause(m) {
		return false
	}
	return d.indefiniteOpener(m)
}

// sinceClause reports whether m stands in a clause opened by "since" a
// few words before it.
func (d *doc) sinceClause(m *eventMention) bool {
	lo := d.sents[m.sent].lo
	for k := m.lo - 1; k >= lo && k >= m.lo-8; k-- {
		t := d.toks[k]
		switch {
		case t.lower == "since":
			return true
		case t.kind != tokWord && d.spanAt[k] == 0:
			return false // "since Monday, a ceasefire": another clause
		}
	}
	return false
}
