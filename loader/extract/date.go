package extract

import (
	"strconv"
	"strings"
	"time"

	"github.com/geokg/geokg/graph"
)

// dateExpr is a time phrase resolved against the publication date.
type dateExpr struct {
	lo, hi int // tokens
	sent   int
	date   graph.Date
	// bound marks a deadline or start ("by 26 October", "from February 10"):
	// not when an event happened.
	bound bool
	// from marks a start ("a strike from Thursday"): the day of an event
	// told with no other.
	from bool
}

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

// isWeekday reports whether w names a day of the week; Sunday is the
// zero Weekday, so the map's value cannot tell.
func isWeekday(w string) bool {
	_, ok := weekdays[w]
	return ok
}

// nightSpans after "overnight" name the night another way: "overnight
// into Sunday", "overnight on Friday".
var nightSpans = setOf("on", "into", "to", "from", "between", "of")

var months = map[string]time.Month{
	"january": 1, "jan.": 1, "jan": 1, "february": 2, "feb.": 2, "feb": 2, "march": 3, "april": 4, "apr.": 4, "apr": 4,
	"may": 5, "june": 6, "july": 7, "august": 8, "aug.": 8, "september": 9, "sept.": 9, "sep.": 9,
	"october": 10, "oct.": 10, "november": 11, "nov.": 11, "december": 12, "dec.": 12,
	// wire datelines also write them without the point: "Dec 9 (AFP)"
	"mar": 3, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

var dayParts = setOf("morning", "afternoon", "evening", "night")

var futureMarkers = setOf("will", "next", "scheduled", "due", "upcoming", "plans", "planned", "tomorrow", "shall", "expected", "slated")

// inCalendar reports whether a resolved day lies in the years 0001-9999
// that ISO dates can write.
func inCalendar(start string) bool {
	return strings.IndexByte(start, '-') == 4 && start[:4] != "0000"
}

// pastVerbBefore reports whether a verb in the past governs a time phrase
// at i: "the quotas it placed on steel on Tuesday" in a sentence
// that also speaks of the future.
func (d *doc) pastVerbBefore(i int) bool {
	s := d.sents[d.sentOf[i]]
	for k := i - 1; k >= s.lo && k >= i-6; k-- {
		w := d.toks[k]
		if futureMarkers[w.lower] || w.lower == "would" || w.lower == "to" || w.kind == tokPunct {
			return false
		}
		if w.kind == tokWord && !w.cap && isPastForm(w.lower) {
			if d.callsFor(k) {
				// "called for protests on Friday": the day is that of
				// the protests called for, which lie ahead.
				return false
			}
			b := d.tok(k - 1).lower
			return b != "be" && b != "been" && b != "will" && b != "would"
		}
	}
	return false
}

// announcedStart reports whether the day at i starts what was just
// announced or called for: "announced an indefinite strike from Thursday"
// lies ahead.
func (d *doc) announcedStart(i int) bool {
	if !isWeekday(d.toks[i].lower) {
		return false
	}
	if d.tok(i-1).lower == "from" {
		lo, _ := d.clause(i)
		for k := i - 2; k >= lo && k >= i-8; k-- {
			switch d.toks[k].lower {
			case "announced", "called", "declared", "set", "planned", "ordered":
				return true
			}
		}
		return false
	}
	return d.calledStart(i) || d.inForceStart(i)
}

// inForceStart reports whether the day at i is when a measure starts to
// bind, told in the present: "the truce, which takes effect on Friday",
// "enters into force on Monday" name the coming day.
func (d *doc) inForceStart(i int) bool {
	k := i - 1
	if d.tok(k).lower != "on" {
		return false
	}
	switch d.tok(k - 1).lower {
	case "effect":
		w := d.tok(k - 2).lower
		if w == "into" {
			w = d.tok(k - 3).lower // "comes into effect"
		}
		return inForceVerbs[w]
	case "force":
		return d.tok(k-2).lower == "into" && inForceVerbs[d.tok(k-3).lower]
	}
	return false
}

// inForceVerbs in the present bring a measure into force.
var inForceVerbs = setOf("takes", "take", "goes", "go", "comes", "come", "enters", "enter")

// calledStart reports whether the day at i starts an action its sentence
// calls for: in "urged supporters to hold two days of strikes starting on
// Monday" the strikes lie ahead, however far back the call is.
func (d *doc) calledStart(i int) bool {
	k := i - 1
	if d.tok(k).lower == "on" {
		k--
	}
	if w := d.tok(k).lower; w != "starting" && w != "beginning" {
		return false
	}
	s := d.sents[d.sentOf[i]]
	for j := k - 1; j >= s.lo && j >= k-16; j-- {
		switch d.toks[j].lower {
		case "urged", "urges", "called", "calls", "announced", "declared", "ordered":
			return true
		}
	}
	return false
}

// pastVerbAfter reports whether the word at k, or the one after an adverb
// in -ly there, is a verb in the past: the time phrase just before it
// heads a finished act ("on Saturday declared", "on Friday formally
// signed").
func (d *doc) pastVerbAfter(k int) bool {
	w := d.tok(k)
	if w.kind == tokWord && !w.cap && strings.HasSuffix(w.lower, "ly") && len(w.lower) > 4 {
		w = d.tok(k + 1)
	}
	if w.kind != tokWord || w.cap || w.lower == "need" || w.lower == "proceed" || w.lower == "exceed" {
		return false
	}
	return isPastForm(w.lower)
}

// isPastForm reports whether the lower-case word w reads as a past tense
// or participle: a listed irregular form ("met", "held") or a word of more
// than four letters in "-ed".
func isPastForm(w string) bool {
	return pastVerbs[w] || strings.HasSuffix(w, "ed") && len(w) > 4
}

var boundWords = setOf("from", "until", "till", "by", "since", "through", "before", "after")

// futureInPast reports whether the future marker at k looks ahead from a
// time already past and after the sentence's days: in "a day before the
// results of Sunday's election were due" the results were due, the
// election was held, and Sunday is the one before publication.
func (d *doc) futureInPast(k int) bool {
	p := d.tok(k - 1).lower
	if p != "was" && p != "were" {
		return false
	}
	for j := d.sents[d.sentOf[k]].lo; j < k; j++ {
		if isWeekday(d.toks[j].lower) {
			return true
		}
	}
	return false
}

// findDates resolves every time phrase of the text. Phrases that need the
// publication date are skipped when it is unknown.
func (d *doc) findDates() {
	for si, s := range d.sents {
		future := false
		// A future word inside a quotation looks ahead only for the days
		// quoted with it: in "\"We will not give up,\" he told supporters
		// late on Sunday" the Sunday is the one just past.
		quotedFuture, open := false, false
		would := s.hi    // "would" makes a later time phrase future: "said Mexico would act on Sunday"
		firstFut := s.hi // the first future word, even one futureInPast discounts
		for k := s.lo; k < s.hi; k++ {
			open = quotedAfter(open, d.toks[k])
			w := d.toks[k].lower
			if w == "would" && would == s.hi && d.tok(k+1).lower != "have" {
				// "which would have postponed the vote" looks back
				would = k
			}
			callFor := d.callsFor(k) || d.officeAhead(k)
			ahead := futureMarkers[w] && !d.narratedNext(k)
			if firstFut == s.hi && (ahead || callFor) {
				firstFut = k
			}
			if ahead && !d.futureInPast(k) || callFor {
				if open {
					quotedFuture = true
					continue
				}
				future = true
				break
			}
		}
		open = false
		for i := s.lo; i < s.hi; i++ {
			open = quotedAfter(open, d.toks[i])
			fut := (future || quotedFuture && open || i > would) && !d.pastVerbBefore(i) && !d.pastLeadBefore(i, min(firstFut, would)) || d.announcedStart(i)
			de, ok := d.dateAt(i, s.hi, fut)
			if ok && fut && (d.pastVerbAfter(de.hi) || !d.announcedStart(i) && d.pastClauseBefore(de.lo)) {
				// "on Saturday declared ..., while Wine called for protests":
				// the verb the day heads is past, whatever the sentence adds;
				// so is that of "after neither won the vote on Sunday".
				de, ok = d.dateAt(i, s.hi, false)
			}
			if ok {
				if !inCalendar(de.date.Start) || !inCalendar(de.date.End) {
					i = de.hi - 1 // "last Sunday" in a text dated 0000-01-01
					continue
				}
				de.sent = si
				p := d.tok(de.lo - 1).lower
				if p == "on" || p == "last" || p == "this" || p == "next" {
					p = d.tok(de.lo - 2).lower
				}
				// "from Sunday's vote": the day owns a noun; "from" governs
				// the noun, not the day.
				owns := d.tok(de.hi).lower == "'s" || d.tok(de.hi).lower == "’s"
				de.bound = boundWords[p] && !owns || d.dateline(de)
				de.from = p == "from" && !owns && !d.dateline(de)
				d.dates = append(d.dates, de)
				i = de.hi - 1
			}
		}
	}
	d.overnightDays()
}

func (d *doc) dateAt(i, hi int, future bool) (dateExpr, bool) {
	t := d.toks[i]
	if !d.hasPub {
		if y, ok := yearOf(t); ok && d.tok(i-1).lower != "the" {
			return dateExpr{lo: i, hi: i + 1, date: yearDate(y, t.text)}, true
		}
		return dateExpr{}, false
	}
	if de, ok := d.dayOffsetAt(i); ok {
		return de, true
	}
	pub := d.pub
	next := d.tok(i + 1)
	prev := d.tok(i - 1)
	switch {
	case t.cap && isWeekday(t.lower):
		if de, ok := d.weekdayWithDate(i, hi, future); ok {
			return de, true
		}
		wd := weekdays[t.lower]
		hiTok := i + 1
		if dayParts[next.lower] {
			hiTok++
		}
		var day time.Time
		switch {
		case prev.lower == "next" || (future && prev.lower != "last"):
			delta := (int(wd) - int(pub.Weekday()) + 7) % 7
			if prev.lower == "next" && delta == 0 {
				delta = 7
			}
			day = pub.AddDate(0, 0, delta)
		default:
			delta := (int(pub.Weekday()) - int(wd) + 7) % 7
			if prev.lower == "last" && delta == 0 {
				delta = 7
			}
			day = pub.AddDate(0, 0, -delta)
		}
		lo := i
		if prev.lower == "last" || prev.lower == "next" || prev.lower == "on" {
			lo = i - 1
		}
		return dateExpr{lo: lo, hi: hiTok, date: graph.DayDate(day, d.spanText(lo, hiTok))}, true
	case months[t.lower] != 0 && (t.cap || strings.HasSuffix(t.lower, ".")):
		m := months[t.lower]
		if n, ok := dayNumber(next); ok {
			// "April 11", "April 11, 2025"
			end := i + 2
			y := pub.Year()
			if d.tok(end).text == "," {
				if yy, ok := yearOf(d.tok(end + 1)); ok {
					y, end = yy, end+2
				}
			} else if yy, ok := yearOf(d.tok(end)); ok {
				y, end = yy, end+1
			}
			return d.dayExpr(i, end, y, m, n, future, end-i > 2)
		}
		if t.lower == "may" && !(prev.lower == "in" || prev.lower == "since" || prev.lower == "of" || prev.lower == "early" || prev.lower == "late" || prev.lower == "mid") {
			return dateExpr{}, false
		}
		if yy, ok := yearOf(next); ok {
			return dateExpr{lo: i, hi: i + 2, date: monthDate(yy, m, d.spanText(i, i+2))}, true
		}
		if prev.lower == "in" || prev.lower == "since" || prev.lower == "until" || prev.lower == "early" || prev.lower == "late" || prev.lower == "mid" {
			y := pub.Year()
			if m > pub.Month() && !future {
				y--
			}
			return dateExpr{lo: i, hi: i + 1, date: monthDate(y, m, t.text)}, true
		}
	case t.kind == tokNumber:
		if n, ok := dayNumber(t); ok && months[next.lower] != 0 && (next.cap || strings.HasSuffix(next.lower, ".")) {
			// "11 April", "26 October 2025"
			end := i + 2
			y := pub.Year()
			if yy, ok := yearOf(d.tok(end)); ok {
				y, end = yy, end+1
			}
			return d.dayExpr(i, end, y, months[next.lower], n, future, end-i > 2)
		}
		if y, ok := yearOf(t); ok && (prev.lower != "the" || yearEvents[next.lower]) && !(next.kind == tokWord && !next.cap && !yearEvents[next.lower]) {
			return dateExpr{lo: i, hi: i + 1, date: yearDate(y, t.text)}, true
		}
	case t.lower == "yesterday":
		return dateExpr{lo: i, hi: i + 1, date: graph.DayDate(pub.AddDate(0, 0, -1), t.text)}, true
	case t.lower == "today" || t.lower == "tonight" || t.lower == "overnight" && !nightSpans[next.lower]:
		// "overnight" in a report is the night just ended: the day of the report.
		return dateExpr{lo: i, hi: i + 1, date: graph.DayDate(pub, t.text)}, true
	case t.lower == "tomorrow":
		return dateExpr{lo: i, hi: i + 1, date: graph.DayDate(pub.AddDate(0, 0, 1), t.text)}, true
	case t.lower == "this" && dayParts[next.lower]:
		lo := i
		if prev.lower == "earlier" || prev.lower == "later" {
			lo--
		}
		return dateExpr{lo: lo, hi: i + 2, date: graph.DayDate(pub, d.spanText(lo, i+2))}, true
	case (t.lower == "last" || t.lower == "this" || t.lower == "next") && (next.lower == "week" || next.lower == "month" || next.lower == "year"):
		lo := i
		if t.lower == "this" && (prev.lower == "earlier" || prev.lower == "later") {
			lo--
		}
		shift := map[string]int{"last": -1, "this": 0, "next": 1}[t.lower]
		phrase := d.spanText(lo, i+2)
		switch next.lower {
		case "week":
			return dateExpr{lo: lo, hi: i + 2, date: weekDate(pub.AddDate(0, 0, 7*shift), phrase)}, true
		case "month":
			m := time.Date(pub.Year(), pub.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, shift, 0)
			return dateExpr{lo: lo, hi: i + 2, date: monthDate(m.Year(), m.Month(), phrase)}, true
		default:
			return dateExpr{lo: lo, hi: i + 2, date: yearDate(pub.Year()+shift, phrase)}, true
		}
	}
	return dateExpr{}, false
}

// dayExpr builds a day date, moving a yearless date that would lie far in
// the future of a past-tense report into the year before.
func (d *doc) dayExpr(lo, hi, y int, m time.Month, n int, future, hasYear bool) (dateExpr, bool) {
	day := time.Date(y, m, n, 0, 0, 0, 0, time.UTC)
	if day.Month() != m {
		return dateExpr{}, false
	}
	if !hasYear && d.scheduledDay(lo, hi) {
		// "the February 12 election", "a strike for March 3": a date set
		// ahead, told before or after it; the nearest such day, which in
		// a late-year report may fall in the next year ("for Feb. 8" in
		// November).
		day = nearestYear(day, d.pub)
		return dateExpr{lo: lo, hi: hi, date: graph.DayDate(day, d.spanText(lo, hi))}, true
	}
	if !hasYear && future && d.pub.Sub(day) > 7*24*time.Hour {
		// "will take office on March 11" in a December report: next year.
		day = day.AddDate(1, 0, 0)
	}
	if !hasYear && !future && (day.Sub(d.pub) > 60*24*time.Hour || day.After(d.pub.AddDate(0, 0, 7)) && d.pastBefore(lo)) {
		// "seized the town on Nov. 20" in a June report: last year.
		day = day.AddDate(-1, 0, 0)
	}
	return dateExpr{lo: lo, hi: hi, date: graph.DayDate(day, d.spanText(lo, hi))}, true
}

// nearestYear returns whichever of day, the same day a year before and a
// year after lies nearest to pub.
func nearestYear(day, pub time.Time) time.Time {
	best := day
	for _, alt := range []time.Time{day.AddDate(-1, 0, 0), day.AddDate(1, 0, 0)} {
		if absDur(alt.Sub(pub)) < absDur(best.Sub(pub)) {
			best = alt
		}
	}
	return best
}

func absDur(x time.Duration) time.Duration {
	if x < 0 {
		return -x
	}
	return x
}

// scheduledDay reports whether a yearless day is one set ahead: it names
// a vote ("the February 12 election"), is the day a vote falls on with no
// past verb to tell it held ("Voters choose a president in an election on
// June 7") or follows "for" ("called a strike for March 3").
func (d *doc) scheduledDay(lo, hi int) bool {
	if scheduledVotes[d.tok(hi).lower] {
		return true
	}
	if d.tok(lo-1).lower == "on" && voteWords[d.tok(lo-2).lower] && !d.pastBefore(lo) {
		return true
	}
	return d.tok(lo-1).lower == "for" && d.tok(lo-2).kind == tokWord
}

// scheduledVotes after a day name the vote set for it: "the February 12
// election". Unlike voteWords, a by-election or primaries after a day are
// not read as set ahead.
var scheduledVotes = setOf("election", "elections", "vote", "polls", "runoff", "referendum", "ballot")

// yearEvents after a year make it the event's date: "the 2019 referendum".
var yearEvents = setOf("election", "elections", "referendum", "vote", "polls", "runoff", "coup", "war", "invasion", "ruling", "agreement", "accord", "accords", "treaty", "deal", "summit", "uprising", "revolution")

// pastBefore reports whether a verb in the past tense stands shortly
// before token k.
func (d *doc) pastBefore(k int) bool {
	s := d.sents[d.sentOf[k]]
	for j := k - 1; j >= s.lo && j >= k-6; j-- {
		w := d.toks[j].lower
		if d.toks[j].kind == tokWord && !d.toks[j].cap && isPastForm(w) {
			return true
		}
	}
	return false
}

var pastVerbs = setOf("began", "met", "struck", "fought", "took", "came", "went", "held", "won", "lost", "fell", "led", "shot", "hit", "sent", "left", "broke", "said", "told")

func dayNumber(t token) (int, bool) {
	if t.kind != tokNumber || len(t.text) > 2 {
		return 0, false
	}
	n, err := strconv.Atoi(t.text)
	if err != nil || n < 1 || n > 31 {
		return 0, false
	}
	return n, true
}

func yearOf(t token) (int, bool) {
	if t.kind != tokNumber || len(t.text) != 4 {
		return 0, false
	}
	n, err := strconv.Atoi(t.text)
	if err != nil || n < 1900 || n > 2100 {
		return 0, false
	}
	return n, true
}

func monthDate(y int, m time.Month, phrase string) graph.Date {
	start := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	end := start.AddDate(0, 1, -1)
	return graph.Date{Start: start.Format(graph.DateLayout), End: end.Format(graph.DateLayout), Precision: graph.Month, Phrase: phrase}
}

func yearDate(y int, phrase string) graph.Date {
	return graph.Date{Start: strconv.Itoa(y) + "-01-01", End: strconv.Itoa(y) + "-12-31", Precision: graph.Year, Phrase: phrase}
}

// weekDate is the Monday-to-Sunday week holding t.
func weekDate(t time.Time, phrase string) graph.Date {
	back := (int(t.Weekday()) + 6) % 7
	start := t.AddDate(0, 0, -back)
	end := start.AddDate(0, 0, 6)
	return graph.Date{Start: start.Format(graph.DateLayout), End: end.Format(graph.DateLayout), Precision: graph.Week, Phrase: phrase}
}

// dateline reports whether a date heads a paragraph as the place and day
// of the report ("Nairobi, March 3: ..."): the report's date, not an
// event's.
func (d *doc) dateline(de dateExpr) bool {
	s := d.sents[de.sent]
	if de.lo-s.lo > 6 && !d.placeHead(s.lo, de.lo) {
		return false
	}
	switch d.tok(de.hi).text {
	case ":", "--", "—", "–", "-", "(":
		return true
	case ".":
		// "MOSCOW, February 19. /TASS/.": a dateline standing as a
		// sentence of its own, with at most the agency after it; "Peru
		// votes on April 12." tells an event.
		if s.hi-de.hi > 6 {
			return false
		}
		for k := s.lo; k < s.hi; k++ {
			if t := d.toks[k]; t.kind == tokWord && !t.cap && (k < de.lo || k >= de.hi) {
				return false
			}
		}
		return true
	}
	return false
}

// placeHead reports whether [lo, hi) is a dateline's place of more than a
// few words, a city and the country it lies in: "GOMA, Democratic
// Republic of Congo," or "DUBAI, United Arab Emirates,". Only capitalised
// words joined by "of" or "and", hyphens, slashes and the commas between
// them stand there, and the place ends on a comma.
func (d *doc) placeHead(lo, hi int) bool {
	if hi-lo > 12 || d.tok(hi-1).text != "," {
		return false
	}
	for k := lo; k < hi; k++ {
		t := d.toks[k]
		switch {
		case t.text == "," || t.text == "-" || t.text == "/": // "PORT-AU-PRINCE", "TEL AVIV/GAZA"
		case t.kind == tokWord && t.cap:
		case t.lower == "of" || t.lower == "and":
		default:
			return false
		}
	}
	return true
}

// weekdayWithDate reads a weekday written with its calendar date, "on
// Saturday, April 11", "Monday 3 March": the date says which week, so it
// decides the day and the weekday only opens the phrase.
func (d *doc) weekdayWithDate(i, hi int, future bool) (dateExpr, bool) {
	j := i + 1
	if d.tok(j).text == "," {
		j++
	}
	if j >= hi || !(months[d.tok(j).lower] != 0 && d.tok(j).cap || d.tok(j).kind == tokNumber) {
		return dateExpr{}, false
	}
	de, ok := d.dateAt(j, hi, future)
	if !ok || de.date.Precision != graph.Day {
		return dateExpr{}, false
	}
	de.lo = i
	if w := d.tok(i - 1).lower; w == "on" || w == "last" || w == "next" {
		de.lo = i - 1
	}
	de.date.Phrase = d.spanText(de.lo, de.hi)
	return de, true
}
