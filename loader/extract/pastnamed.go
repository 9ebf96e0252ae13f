package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// pastOpeners stand before a year that names a past event in passing:
// "the 2015 nuclear deal", "a 2017 military crackdown", "Kenya's 2024
// storming of parliament".
// A preposition is no opener: "since 2015 talks have stalled" dates a
// clause.
var pastOpeners = setOf("the", "a", "an", "its", "their", "his", "her", "'s")

// yearModifiers returns the year, its month and up to two lower-case
// modifiers standing between an opener and a trigger ("2015 nuclear" in
// "the 2015 nuclear deal", "July 2021" in "since the July 2021 protests"),
// "" when the words before lo are not of that shape. The opener keeps
// "in 2015 nuclear talks collapsed" out: there the year dates a clause.
func (d *doc) yearModifiers(lo int) string {
	s := d.sents[d.sentOf[lo]]
	k := lo
	for n := 0; n < 2 && k-1 > s.lo; n++ {
		t := d.toks[k-1]
		if t.kind != tokWord || t.cap || stopCaps[t.lower] || d.trigAt[k-1] || strings.HasSuffix(t.lower, "ed") {
			break
		}
		k--
	}
	if k-1 <= s.lo {
		return ""
	}
	if _, ok := yearOf(d.toks[k-1]); !ok {
		return ""
	}
	start, ok := d.openedYear(k - 1)
	if !ok {
		return ""
	}
	return d.spanText(start, lo)
}

// openedYear returns where the year at y is written from, its month
// included ("July 2021"), and whether an opener stands before that ("the
// July 2021 protests"), not a preposition or the sentence's start.
func (d *doc) openedYear(y int) (start int, ok bool) {
	lo := d.sents[d.sentOf[y]].lo
	if y-1 > lo && d.toks[y-1].cap && months[d.toks[y-1].lower] != 0 {
		y--
	}
	return y, y > lo && pastOpeners[d.toks[y-1].lower]
}

// pastNamed makes a trigger noun qualified by a year before the article's
// own asserted: "rejected the 2016 peace deal", "have not clashed since the
// 2018 peace deal". The deal was made; the verb around it says what was
// done with it since, not whether it happened.
func (d *doc) pastNamed(m *eventMention) {
	if d.pastMention(m) {
		m.mod = graph.Asserted
	}
}

// pastMention reports whether m names an event by a year before the
// article's: "the 2018 peace deal" in a report of this week.
func (d *doc) pastMention(m *eventMention) bool {
	if m.verb || m.qualifier == "" || d.pub.IsZero() {
		return false
	}
	y := qualifierYear(m)
	return y != 0 && y < d.pub.Year() && d.yearOpened(m)
}

// yearOpened reports whether the year before m's trigger follows an
// opener ("the 2020 election", "since a 2020 coup"), not a preposition
// that makes it the time of a clause ("In 2019 peace talks collapsed").
func (d *doc) yearOpened(m *eventMention) bool {
	lo := d.sents[m.sent].lo
	for k := m.lo - 1; k > lo && k >= m.lo-6; k-- {
		if _, ok := yearOf(d.toks[k]); ok {
			_, opened := d.openedYear(k)
			return opened
		}
	}
	return false
}

// pastEvent returns the event m, a mention of a past event named by its
// year, joins: an event of its type already named with the same year,
// else a new one. It never joins the article's own events of that type,
// so it lends them no date, toll or place and takes none of theirs.
func (d *doc) pastEvent(m *eventMention) *event {
	y := qualifierYear(m)
	for k := len(d.events) - 1; k >= 0; k-- {
		e := d.events[k]
		if e.typ != m.typ {
			continue
		}
		for _, em := range e.mentions {
			if qualifierYear(em) == y {
				return e
			}
		}
	}
	return d.newEvent(m)
}

// namedPast reports whether e is named by a past year ("the 2016 peace
// deal"): the year makes it one specific event an analyst can find, with
// no party or place named beside it.
func (d *doc) namedPast(e *event) bool {
	for _, m := range e.mentions {
		if d.pastMention(m) {
			return true
		}
	}
	return false
}

// pastDates takes from a past event named by its year any day of another
// year its sentence lent it: "rejected the 2016 peace deal" in a report
// of Sunday's vote happened in 2016, not on Sunday.
func (d *doc) pastDates() {
	for _, e := range d.events {
		if e.date == nil || !d.namedPast(e) {
			continue
		}
		for _, m := range e.mentions {
			if y := qualifierYear(m); y != 0 && y != dayYear(e.date.Start) {
				e.date = nil
				break
			}
		}
	}
}
