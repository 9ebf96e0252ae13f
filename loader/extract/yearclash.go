package extract

import (
	"strconv"
	"strings"
)

// qualifierYear returns the year written before a mention's trigger ("the
// 2020 election"), 0 if none.
func qualifierYear(m *eventMention) int {
	for _, w := range strings.Fields(m.qualifier) {
		if y, err := strconv.Atoi(w); err == nil && y >= 1900 && y <= 2100 {
			return y
		}
	}
	return 0
}

// eventYear returns the year an event is known to fall in: its date's, else
// a year written before one of its mentions, else 0.
func eventYear(e *event) int {
	if e.date != nil {
		return dayYear(e.date.Start)
	}
	for _, m := range e.mentions {
		if y := qualifierYear(m); y != 0 {
			return y
		}
	}
	return 0
}

// yearsClash reports whether mention m names an event of another year than
// e: "the 2020 election" is not the vote held on Sunday. An undated event
// is taken to fall in the year the article was published.
func (d *doc) yearsClash(e *event, m *eventMention) bool {
	qy := qualifierYear(m)
	my := qy
	if my == 0 && m.date != nil {
		my = dayYear(m.date.date.Start)
	}
	ey := eventYear(e)
	if my == 0 && ey == 0 || qy == 0 && !hasYearQualifier(e) {
		return false // no year written either side: nothing to set them apart
	}
	if my == 0 || ey == 0 {
		if d.pub.IsZero() {
			return false
		}
		if my == 0 {
			my = d.pub.Year()
		}
		if ey == 0 {
			ey = d.pub.Year()
		}
	}
	return my != ey
}

// hasYearQualifier reports whether any mention of e has a year before it.
func hasYearQualifier(e *event) bool {
	for _, m := range e.mentions {
		if qualifierYear(m) != 0 {
			return true
		}
	}
	return false
}

// dayYear reads the year of a YYYY-MM-DD day, 0 if it has none.
func dayYear(day string) int {
	if len(day) < 4 {
		return 0
	}
	y, _ := strconv.Atoi(day[:4])
	return y
}
