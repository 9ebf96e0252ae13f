package extract

import (
	"time"

	"github.com/geokg/geokg/graph"
)

// aspectVerbs tell when an event already named began or ended: "talks in
// Damascus ended on Sunday without agreement" dates the talks, not the
// agreement the sentence goes on to deny.
var aspectVerbs = setOf("ended", "began", "started", "opened", "closed", "concluded", "resumed", "wrapped", "broke",
	"collapsed", "stalled", "finished", "convened", "reconvened", "adjourned",
	"effect", "force") // "took effect on Wednesday", "entered into force on Monday"

// passiveDone after "was" or "were" tell that the subject event was done
// then: "The accord was reached late on Friday during a video call".
var passiveDone = setOf("reached", "signed", "sealed", "struck", "concluded", "finalised", "finalized", "inked",
	"agreed", "approved", "adopted")

// aspectSubject returns the event a time phrase dates through an aspect
// verb just before it: the nearest mention before that verb, in its clause.
func (d *doc) aspectSubject(de *dateExpr) *eventMention {
	k := de.lo - 1
	if w := d.tok(k).lower; w == "up" || w == "down" || w == "off" || w == "late" || w == "early" {
		k-- // "wrapped up on Friday", "broke off on Monday", "was reached late on Tuesday"
	}
	if k < 0 || !aspectVerbs[d.toks[k].lower] && !(passiveDone[d.toks[k].lower] && beVerbs[d.tok(k-1).lower]) {
		return nil
	}
	lo, _ := d.clause(k)
	var best *eventMention
	for _, m := range d.sentMentions(de.sent) {
		if m.hi <= k && m.lo >= lo {
			best = m
		}
	}
	return best
}

// sharedSentenceDates gives the one day a sentence names to the other
// events it tells as done that day: "on Tuesday held talks ... and agreed
// to restore patrols", "in an address late Wednesday, declared a state of
// emergency". A sentence with more than one time phrase, a day that dates
// a speech verb, events told as earlier ("had", "after", "since") and
// events not asserted keep theirs.
func (d *doc) sharedSentenceDates() {
	perSent := make(map[int]int, len(d.dates))
	for i := range d.dates {
		if !d.dateline(d.dates[i]) { // "PARIS, Jan 7 (AFP) -" dates the report alone
			perSent[d.dates[i].sent]++
		}
	}
	for i := range d.dates {
		de := &d.dates[i]
		if de.bound || de.date.Precision != graph.Day || perSent[de.sent] != 1 || d.saidDate(de) {
			continue
		}
		for _, m := range d.sentMentions(de.sent) {
			if m.date != nil || m.mod != graph.Asserted || m.typ == graph.Statement || d.relativeBetween(de, m) || d.earlierTense(m) {
				continue
			}
			gov := m.lo // the verb that did it
			if !m.verb {
				if gov = d.pastVerbOf(m); gov >= 0 && claimVerbs[d.toks[gov].lower] {
					// "on Friday claimed a rocket attack": the claim's day
					continue
				}
				if gov < 0 {
					if !d.actAtOccasion(m, de) && !d.pastSubject(m) {
						continue
					}
					gov = m.lo
				}
			}
			if d.bareDefinite(m) {
				continue // "blamed rivals for the unrest": one told before, with its own day
			}
			if d.relativeWordBetween(de, m) {
				continue // "on Monday in the region, where an offensive has killed 80"
			}
			if m.hi <= de.lo && d.speechBetween(m.hi, de.lo) {
				continue // "shelled the town, the army said on Monday"
			}
			if de.hi <= m.lo && d.speechBetween(de.hi, gov) {
				continue // "said on Monday that rebels had taken the town"
			}
			m.date = de
		}
	}
}

// relativeWordBetween reports whether a relative clause opens between a
// time phrase and a mention, or the mention is what the day falls within
// ("during a two-day visit"): what it tells is background to the day.
func (d *doc) relativeWordBetween(de *dateExpr, m *eventMention) bool {
	lo, hi := gapBetween(de, m)
	for k := lo; k < hi; k++ {
		switch d.toks[k].lower {
		case "where", "which", "who", "whose", "whom", "during", "amid", "throughout":
			return true
		}
	}
	return false
}

// bareDefinite reports whether a mention names nothing of its own after
// "the" or "this": an event told before.
func (d *doc) bareDefinite(m *eventMention) bool {
	return m.bare() && (d.tok(m.lo-1).lower == "the" || d.tok(m.lo-1).lower == "this")
}

// pastVerbOf returns the verb in the past just before a noun mention that
// did the new thing it names ("declared a 30-day state of emergency"), or
// -1.
func (d *doc) pastVerbOf(m *eventMention) int {
	for k := m.lo - 1; k >= 0 && k >= m.lo-5; k-- {
		w := d.toks[k]
		switch {
		case w.text == "-":
			continue // "a 30-day state of emergency"
		case w.kind != tokWord && w.kind != tokNumber, w.lower == "'s":
			return -1
		case w.lower == "the" || w.lower == "this" || w.lower == "that" || w.lower == "these" || w.lower == "those":
			return -1 // "claimed the attack on Monday": one told before, dated by its own report
		}
		if !w.cap && isPastForm(w.lower) {
			return k
		}
	}
	return -1
}

// earlierTense reports whether the mention's verb is in the pluperfect or
// its clause says it came before: "had attacked", "had been agreed".
func (d *doc) earlierTense(m *eventMention) bool {
	for k := m.lo - 1; k >= 0 && k >= m.lo-3; k-- {
		switch d.toks[k].lower {
		case "had", "previously", "earlier", "already", "once", "former":
			return true
		}
	}
	return false
}

// sidelineDates dates talks held "on the sidelines" without saying of
// what: the gathering told just before, whose day they share.
func (d *doc) sidelineDates() {
	for i, m := range d.evs {
		if m.typ != graph.Meeting || m.date != nil {
			continue
		}
		back := 4
		if !d.onSidelines(m) {
			if !d.sidelinesOfBare(m) {
				continue
			}
			back = 10 // "the summit" names the gathering told before
		}
		for k := i - 1; k >= 0 && k >= i-30 && d.evs[k].sent >= m.sent-back; k-- {
			p := d.evs[k]
			if p.typ == graph.Meeting && p.date != nil && p.mod == graph.Asserted && !p.date.bound && p.date.date.Precision == graph.Day {
				m.date = p.date
				break
			}
		}
	}
}

// sidelinesOfBare reports whether the mention's sentence places it "on
// the sidelines of the summit": a gathering named by its noun alone, so the
// one told before.
func (d *doc) sidelinesOfBare(m *eventMention) bool {
	for _, n := range d.sentMentions(m.sent) {
		if n != m && n.typ == graph.Meeting && n.date == nil && d.bareDefinite(n) &&
			d.tok(n.lo-1).lower == "the" && d.tok(n.lo-2).lower == "of" && sidelineWords[d.tok(n.lo-3).lower] {
			return true
		}
	}
	return false
}

// onSidelines reports whether "on the sidelines" (or margins) closes the
// mention's clause with no "of" after it.
func (d *doc) onSidelines(m *eventMention) bool {
	_, hi := d.clause(m.lo)
	for k := m.hi; k < hi; k++ {
		if sidelineWords[d.toks[k].lower] && d.tok(k+1).lower != "of" {
			return true
		}
	}
	return false
}

// relativeDays dates an event told a number of days from another: "drills
// on Friday, two days after a speech" puts the speech on Wednesday; "the
// test came a day before Shoigu's talks" puts the talks a day after the
// test; "rebels who had attacked a convoy the day before" puts the attack
// a day before what the sentence reports. Only an undated event takes a
// day so, and only from a day known to the day.
func (d *doc) relativeDays() {
	if !d.hasPub {
		return
	}
	for si, s := range d.sents {
		for k := s.lo; k+1 < s.hi; k++ {
			dir := 0
			switch d.toks[k].lower {
			case "after":
				dir = -1
			case "before":
				dir = 1
			}
			if dir != 0 && d.withinHours(k) {
				d.relativeDay(si, k, 0, 0) // "hours before Americans began voting": the same day
				continue
			}
			if dir == 0 || d.tok(k-1).lower != "day" && d.tok(k-1).lower != "days" {
				continue
			}
			if d.tok(k-3).lower == "to" && d.tok(k-2).lower == "the" {
				// "three years to the day after the invasion"
				if y := d.tok(k - 4).lower; y == "years" || y == "year" {
					if n, ok := d.dayCount(k - 5); ok {
						d.relativeDay(si, k, dir*n, 0)
					}
				}
				continue
			}
			n, ok := d.dayCount(k - 2)
			if !ok {
				continue
			}
			d.relativeDay(si, k, 0, dir*n)
		}
	}
}

// dayCount reads the number of days ending at token k: "a", "one",
// "two", "3", "the" (the day before).
func (d *doc) dayCount(k int) (int, bool) {
	w := d.tok(k)
	switch {
	case w.lower == "a" || w.lower == "the":
		return 1, d.tok(k+1).lower == "day"
	case w.kind == tokNumber:
		n, ok := dayNumber(w)
		return n, ok && n <= 14
	case numberWords[w.lower] > 0 && numberWords[w.lower] <= 14:
		return numberWords[w.lower], true
	}
	return 0, false
}

// relativeDay dates the event that the phrase "N days after|before" at k
// in sentence si points to, the given years and days from its anchor.
func (d *doc) relativeDay(si, k, years, days int) {
	sign := 1
	var before, after []*eventMention
	for _, m := range d.sentMentions(si) {
		switch {
		case m.hi <= k-2:
			before = append(before, m)
		case m.lo > k && m.lo <= k+16:
			after = append(after, m)
		}
	}
	var target *eventMention
	var anchor *graph.Date
	if _, hi := d.clause(k); len(after) > 0 && after[0].lo < hi+8 {
		// "two days after a speech": the event after the phrase.
		target = after[0]
		if de := d.dateBefore(si, k); de != nil {
			anchor = &de.date
		} else if len(before) > 0 && before[len(before)-1].ev != nil {
			anchor = before[len(before)-1].ev.date
		}
		if anchor == nil {
			anchor = d.cameAnchor(si, k)
		}
	} else if len(before) > 0 {
		// "who had attacked a convoy the day before": the event just
		// before the phrase, against the one the sentence reports, else
		// the one the sentence before told.
		target = before[len(before)-1]
		if len(before) >= 2 {
			if a := before[len(before)-2]; a.ev != nil && a.ev != target.ev {
				anchor = a.ev.date
			}
		} else if p := d.evStart[si] - 1; p >= 0 && d.evs[p].sent == si-1 && d.evs[p].ev != nil && d.evs[p].ev != target.ev {
			anchor = d.evs[p].ev.date
		}
		sign = -1 // "the day before" the anchor is a day earlier
	}
	if target == nil || target.ev == nil || target.ev.date != nil || anchor == nil || anchor.Precision != graph.Day {
		return
	}
	t, err := time.Parse(graph.DateLayout, anchor.Start)
	if err != nil {
		return
	}
	dt := graph.DayDate(t.AddDate(sign*years, 0, sign*days), d.spanText(k-2, k+1))
	target.ev.date = &dt
}

// dateBefore returns the last day phrase of sentence si before token k.
func (d *doc) dateBefore(si, k int) *dateExpr {
	var out *dateExpr
	for i := range d.dates {
		de := &d.dates[i]
		if de.sent == si && de.hi <= k && !de.bound && de.date.Precision == graph.Day {
			out = de
		}
	}
	return out
}

// startDays dates an event with no day of its own by the day it starts
// from: "an indefinite strike from Thursday", "tariffs of up to 40% from 3
// June". A day it happened on, told anywhere, wins over its start.
func (d *doc) startDays() {
	for i := range d.dates {
		de := &d.dates[i]
		if !de.from || de.date.Precision != graph.Day {
			continue
		}
		lo, _ := d.clause(de.lo)
		var best *eventMention
		for _, m := range d.sentMentions(de.sent) {
			if m.hi <= de.lo && m.lo >= lo && de.lo-m.hi <= 12 {
				best = m
			}
		}
		if best != nil && best.ev != nil && best.ev.date == nil {
			dt := de.date
			best.ev.date = &dt
		}
	}
}

// relativeClauseOf returns the bounds of the ", who ..." or ", which ..."
// clause a time phrase stands in, closed by the next comma or the end of
// the sentence, or -1, -1: what the clause tells is background, and its
// time dates nothing outside it.
func (d *doc) relativeClauseOf(de *dateExpr) (int, int) {
	s := d.sents[de.sent]
	for k := de.lo - 1; k > s.lo && k >= de.lo-12; k-- {
		t := d.toks[k]
		if t.text != "," && !d.isBreak(k) {
			continue
		}
		if j := d.relativeStart(k, s.lo); j >= 0 {
			k = j
		} else if w := d.tok(k + 1).lower; t.text != "," || w != "who" && w != "which" && w != "whose" {
			// ", whose party won in 2022," tells background as ", who" does
			return -1, -1
		}
		hi := de.hi
		for hi < s.hi && d.toks[hi].text != "," {
			hi++
		}
		return k, hi
	}
	return -1, -1
}

// sameDayOpeners open a sentence that tells what came within the same day
// as the events just told: "Hours later, the court sentenced ...".
var sameDayOpeners = [][]string{
	{"hours", "later"}, {"minutes", "later"}, {"later", "that", "day"}, {"later", "that", "evening"},
	{"later", "that", "night"}, {"earlier", "that", "day"}, {"later", "the", "same", "day"},
	{"the", "same", "day"}, {"that", "same", "day"}, {"that", "evening"}, {"that", "night"},
	{"earlier", "in", "the", "day"}, {"later", "in", "the", "day"},
	// "Hours before the summit opened" may fall on the day before: not here
	// (opensSameDay takes "Hours before the vote," alone).
}

// sameDayDates dates the undated events of a sentence that opens by
// placing them within hours of what was told before ("Hours later, US
// forces said they had struck ...") by the day of the last dated event
// told before it.
func (d *doc) sameDayDates() {
	var last *dateExpr
	for si, s := range d.sents {
		if last != nil && d.opensSameDay(s.lo) {
			for _, m := range d.sentMentions(si) {
				if m.date == nil && m.mod == graph.Asserted {
					m.date = last
				}
			}
		}
		dated := false
		for _, m := range d.sentMentions(si) {
			if m.date != nil && !m.date.bound && m.date.date.Precision == graph.Day && m.mod == graph.Asserted {
				last, dated = m.date, true
			}
		}
		if !dated {
			// "X has won, the commission announced on Wednesday night.
			// Hours before the announcement, ...": the day the sentence
			// tells the news on, when it dates no event of its own.
			if de := d.freeDay(si); de != nil {
				last = de
			}
		}
	}
}

// opensSameDay reports whether the sentence from lo opens with one of
// sameDayOpeners.
func (d *doc) opensSameDay(lo int) bool {
	if d.tok(lo).lower == "hours" && d.tok(lo+1).lower == "before" && d.tok(lo+2).lower == "the" && d.tok(lo+4).text == "," {
		return true // "Hours before the vote, ...": the day of the event just told
	}
	return d.phraseAt(lo, len(d.toks), sameDayOpeners)
}

var groupNouns = setOf("leaders", "sides", "men", "presidents", "ministers", "countries", "governments", "delegations", "heads", "premiers")

// bareDates dates a mention that names nothing of its own ("hosted the
// summit", "condemned the attack") by the event of its type told last, when
// that one has a day: the same event, told again.
func (d *doc) bareDates() {
	for i, m := range d.evs {
		if m.date != nil || m.mod != graph.Asserted || !d.bareDefinite(m) {
			continue
		}
		for k := i - 1; k >= 0 && d.evs[k].sent >= m.sent-6; k-- {
			p := d.evs[k]
			if p.typ != m.typ || p.sent == m.sent {
				continue
			}
			if p.date != nil && !p.date.bound && p.date.date.Precision == graph.Day && p.mod == graph.Asserted {
				m.date = p.date
			}
			break
		}
	}
}

// speechOccasions dates the talks a speaker is reported speaking after
// ("..., Guterres said after hosting talks here", "told reporters after
// the meeting") by the one day their sentence names: what is said after a
// meeting is news of that day.
func (d *doc) speechOccasions() {
	perSent := make(map[int]*dateExpr, len(d.dates))
	count := make(map[int]int, len(d.dates))
	for i := range d.dates {
		de := &d.dates[i]
		if de.bound {
			continue // a dateline or a deadline dates no talks
		}
		count[de.sent]++
		if de.date.Precision == graph.Day {
			perSent[de.sent] = de
		}
	}
	for _, m := range d.evs {
		de := perSent[m.sent]
		if de == nil || count[m.sent] != 1 || m.date != nil || m.typ != graph.Meeting || m.mod != graph.Asserted || de.hi > m.lo {
			continue
		}
		for k := m.lo - 1; k >= m.lo-3 && k > 0; k-- {
			if d.toks[k].lower != "after" {
				continue
			}
			v := d.tok(k - 1).lower
			if v == "reporters" || v == "journalists" {
				v = d.tok(k - 2).lower
			}
			if speechVerbs[v] {
				m.date = de
			}
			break
		}
	}
}
