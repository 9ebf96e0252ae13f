package extract

import (
	"time"

	"github.com/geokg/geokg/graph"
)

// dayOffsetAt resolves a day told against the last day named before it:
// "A day earlier, drones struck a refinery", "two days later", "the
// following day". Without such a day within the three sentences before,
// the phrase dates nothing, and none of the last day's events reach past it.
func (d *doc) dayOffsetAt(i int) (dateExpr, bool) {
	sign, hi := 0, 0
	switch w := d.toks[i].lower; {
	case w == "the":
		switch d.tok(i + 1).lower {
		case "previous":
			sign = -1
		case "next", "following":
			sign = 1
		}
		if d.tok(i+2).lower != "day" {
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
