package extract

import (
	"time"

	"github.com/geokg/geokg/graph"
)

// dayOffsetAt resolves a day told against the last day named before it:
// "A day earlier, drones struck a refinery", "two days later", "the
// following day", "the next morning", "the day after,". Without such a day
// within the three sentences before, the phrase dates nothing, and none of
// the last day's events reach past it.
func (d *doc) dayOffsetAt(i int) (dateExpr, bool) {
	sign, hi := 0, 0
	switch w := d.toks[i].lower; {
	case w == "the" && d.tok(i+1).lower == "day":
		// "The day after, jets struck": told alone, it counts from the day
		// before; "the day after the vote" counts from the vote.
		hi = i + 3
		if n := d.tok(hi); n.lower == "that" && d.tok(hi+1).text == "," {
			hi++
		} else if n.text != "," && n.text != "." {
			return dateExpr{}, false
		}
		sign = map[string]int{"after": 1, "before": -1}[d.tok(i+2).lower]
	case w == "the":
		switch d.tok(i + 1).lower {
		case "previous":
			sign = -1
		case "next", "following":
			sign = 1
		}
		if u := d.tok(i + 2).lower; u != "day" && !dayParts[u] {
			return dateExpr{}, false
		}
		hi = i + 3
	default:
		if u := d.tok(i + 1).lower; u != "day" && u != "days" {
			return dateExpr{}, false
		}
		switch d.tok(i + 2).lower {
		case "earlier":
			sign = -1
		case "later":
			sign = 1
		}
		hi = i + 3
	}
	if sign == 0 || d.tok(hi).lower == "than" {
		return dateExpr{}, false
	}
	n := 1
	if d.toks[i].lower != "the" {
		var ok bool
		if n, ok = d.dayCount(i); !ok {
			return dateExpr{}, false
		}
	}
	anchor := d.lastDayBefore(int(d.sentOf[i]))
	if anchor == nil {
		return dateExpr{}, false
	}
	t, err := time.Parse(graph.DateLayout, anchor.date.Start)
	if err != nil {
		return dateExpr{}, false
	}
	return dateExpr{lo: i, hi: hi, date: graph.DayDate(t.AddDate(0, 0, sign*n), d.spanText(i, hi))}, true
}

// lastDayBefore returns the last day, not a deadline or a dateline, named
// in sentence si up to now or in the three sentences before it.
func (d *doc) lastDayBefore(si int) *dateExpr {
	for k := len(d.dates) - 1; k >= 0; k-- {
		de := &d.dates[k]
		if de.sent < si-3 {
			break
		}
		if !de.bound && de.date.Precision == graph.Day {
			return de
		}
	}
	return nil
}

// sameDayEvents carries a day found only once events were joined (the
// talks dated by the act they led to) into the sentences that open by
// placing what they tell within hours of it: "Hours before the meeting,
// the president wrote ...". sameDayDates did the same for days known
// earlier.
func (d *doc) sameDayEvents() {
	var last *graph.Date
	for si, s := range d.sents {
		if last != nil && d.opensSameDay(s.lo) {
			for _, m := range d.sentMentions(si) {
				if m.ev != nil && m.ev.date == nil && m.mod == graph.Asserted && m.ev.mod == graph.Asserted {
					day := *last
					m.ev.date = &day
				}
			}
		}
		for _, m := range d.sentMentions(si) {
			if m.ev != nil && m.ev.date != nil && m.ev.date.Precision == graph.Day && m.mod == graph.Asserted {
				last = m.ev.date
			}
		}
	}
}

// cameAnchor returns the day of the event a sentence opens by naming again
// when it places another from it: "The test came a day before the envoy
// was due to arrive" counts from the test told earlier, whether or not
// "test" names an event of its own or was joined to the right one. The
// anchor is the latest event dated to the day told in the sentences just
// before, of the noun's type when it names one; nil when there is none.
func (d *doc) cameAnchor(si, k int) *graph.Date {
	s := d.sents[si]
	if !nounDeterminers[d.tok(s.lo).lower] || k-3 != s.lo+2 {
		return nil
	}
	if w := d.tok(k - 3).lower; w != "came" && w != "comes" {
		return nil
	}
	typ, typed := d.recallType(s.lo + 1)
	var anchor *graph.Date
	for _, e := range d.events {
		if e.mod != graph.Asserted || e.date == nil || e.date.Precision != graph.Day || !d.toldWithin(e, si-8, si) {
			continue
		}
		if typed && e.typ != typ {
			continue
		}
		if anchor == nil || e.date.Start > anchor.Start {
			anchor = e.date
		}
	}
	return anchor
}

// toldWithin reports whether a mention of e stands in sentences [lo, hi).
func (d *doc) toldWithin(e *event, lo, hi int) bool {
	for _, m := range e.mentions {
		if m.sent >= lo && m.sent < hi {
			return true
		}
	}
	return false
}

// withinHours reports whether the "before" or "after" at k places its
// events hours apart, on the one day: "hours before Americans began
// voting", "just hours after the talks ended". A count of more than
// twelve hours ("some 30 hours after") may cross a day, and is left out.
func (d *doc) withinHours(k int) bool {
	unit := d.tok(k - 1).lower
	if unit != "hours" && unit != "minutes" {
		return false
	}
	n := d.tok(k - 2)
	switch {
	case n.kind == tokNumber:
		c, ok := dayNumber(n)
		return ok && (unit == "minutes" || c <= 12)
	case numberWords[n.lower] > 0:
		return unit == "minutes" || numberWords[n.lower] <= 12
	}
	return true
}

// narratedNext reports whether the "next" or "following" at k counts from a
// day the story has told ("the next day", "the following morning"), so it
// looks back on what happened rather than ahead: "The next day, jets
// struck" is no plan.
func (d *doc) narratedNext(k int) bool {
	w := d.toks[k].lower
	if w != "next" && w != "following" || d.tok(k-1).lower != "the" {
		return false
	}
	return d.tok(k+1).lower == "day" || dayParts[d.tok(k+1).lower]
}
