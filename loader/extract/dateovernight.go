package extract

import (
	"github.com/geokg/geokg/graph"
)

// overnightDays moves a bare "overnight", read first as the night just
// ended before publication, to the day the story reports when that day is
// an earlier one: in "summoned the ambassador on Monday after a drone
// crashed during an overnight attack", published on Tuesday, the night is
// the one that ended on Monday. The day is the sentence's own, or else the
// lede's, or else a night the next sentence names ("late on Tuesday"); one
// more than two days before publication is a different story and changes
// nothing.
func (d *doc) overnightDays() {
	if !d.hasPub {
		return
	}
	pub := d.pub.Format(graph.DateLayout)
	earliest := d.pub.AddDate(0, 0, -2).Format(graph.DateLayout)
	recent := func(de *dateExpr) bool {
		return d.namedDay(de) && !de.bound && de.date.Start < pub && de.date.Start >= earliest
	}
	lede := d.ledeDate()
	for i := range d.dates {
		de := &d.dates[i]
		if !d.overnight(de) || de.date.Start != pub {
			continue
		}
		var day *dateExpr
		for j := range d.dates {
			if o := &d.dates[j]; o.sent == de.sent && recent(o) {
				day = o
				break
			}
		}
		if day == nil && lede != nil && recent(lede) && !d.sentHasDay(de.sent) && !d.otherDayBetween(lede, de.sent) {
			day = lede
		}
		for j := 0; day == nil && j < len(d.dates); j++ {
			if o := &d.dates[j]; o.sent == de.sent+1 && recent(o) && d.nightOf(o) {
				day = o // "an overnight attack ... . The gunmen stormed a camp late on Tuesday"
			}
		}
		if day != nil {
			night := day.date
			night.Phrase = d.spanText(de.lo, de.hi)
			de.date = night
		}
	}
}

// overnight reports whether a time phrase is a bare "overnight".
func (d *doc) overnight(de *dateExpr) bool {
	return de.hi == de.lo+1 && d.toks[de.lo].lower == "overnight"
}

// namedDay reports whether a time phrase names a day other than by
// "overnight", whose day is the one being settled.
func (d *doc) namedDay(de *dateExpr) bool {
	return de.date.Precision == graph.Day && !d.overnight(de)
}

// sentHasDay reports whether sentence si names a day other than by
// "overnight".
func (d *doc) sentHasDay(si int) bool {
	for i := range d.dates {
		if de := &d.dates[i]; de.sent == si && d.namedDay(de) {
			return true
		}
	}
	return false
}

// otherDayBetween reports whether a day other than the lede's is told
// after the lede's sentence and up to sentence si: "... told reporters on
// Monday" moves the story on from the lede's Sunday.
func (d *doc) otherDayBetween(lede *dateExpr, si int) bool {
	for i := range d.dates {
		de := &d.dates[i]
		if de.sent > lede.sent && de.sent <= si && d.namedDay(de) && de.date.Start != lede.date.Start {
			return true
		}
	}
	return false
}

// nightOf reports whether a day phrase names that day's night: "late on
// Tuesday", "on Tuesday night", "Tuesday evening".
func (d *doc) nightOf(de *dateExpr) bool {
	if d.tok(de.lo-1).lower == "late" {
		return true
	}
	for _, k := range []int{de.hi - 1, de.hi} {
		if w := d.tok(k).lower; w == "night" || w == "evening" {
			return true
		}
	}
	return false
}
