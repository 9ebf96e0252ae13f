package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// recallNouns name an event told before without being a trigger of their
// own: "Thursday's poll" is the election ("poll" alone is as often an
// opinion survey).
var recallNouns = map[string]graph.EventType{"poll": graph.Election}

// recalledDates dates an event told before by the day a later sentence
// gives it when it names it again by its noun: "in Thursday's poll" after
// "this week's presidential election", "The indictment, unsealed in Velmora
// on Monday," after "have filed an indictment". Only an asserted
// event without a day of its own takes the day, and one dated only to a
// week or month takes it only when the day falls within.
func (d *doc) recalledDates() {
	for i := range d.dates {
		de := &d.dates[i]
		if de.bound || de.date.Precision != graph.Day {
			continue
		}
		if k := d.ownedNoun(de); k >= 0 {
			d.recallDay(de, k)
			continue
		}
		if k := d.appositiveHead(de); k >= 0 {
			d.recallDay(de, k)
			continue
		}
		if k, typ, ok := d.definiteRecall(de); ok {
			d.recallDayOf(de, k, typ)
		}
	}
}

// possessiveNoun returns the noun a day phrase owns ("Thursday's poll",
// "Sunday's disputed vote"), or -1.
func (d *doc) possessiveNoun(de *dateExpr) int {
	if d.tok(de.hi).lower != "'s" {
		return -1
	}
	return d.eventNounFrom(de, de.hi+1, de.hi+3)
}

// eventNounFrom returns the first word in [from, last] of the day phrase's
// clause that names an event on its own, over lower-case words only, or -1.
func (d *doc) eventNounFrom(de *dateExpr, from, last int) int {
	_, hi := d.clause(de.lo)
	for k := from; k < hi && k <= last; k++ {
		if _, ok := d.recallType(k); ok {
			return k
		}
		if w := d.toks[k]; w.kind != tokWord || w.cap {
			return -1
		}
	}
	return -1
}

// appositiveHead returns the noun a sentence opens on when the day stands
// in the participle clause set off after it ("The talks, held in Geneva on
// Monday, ..."), or -1.
func (d *doc) appositiveHead(de *dateExpr) int {
	s := d.sents[de.sent]
	if w := d.tok(s.lo).lower; w != "the" && w != "this" {
		return -1
	}
	comma := -1
	for k := s.lo + 1; k < de.lo && k <= s.lo+4; k++ {
		if d.toks[k].text == "," {
			comma = k
			break
		}
	}
	if comma < 0 || !d.participle(comma+1) {
		return -1
	}
	for k := comma + 1; k < de.lo; k++ {
		if d.toks[k].text == "," || d.isBreak(k) {
			return -1 // the day belongs to what follows the clause
		}
	}
	if _, ok := d.recallType(comma - 1); !ok {
		return -1
	}
	return comma - 1
}

// participle reports whether the word at k is a past participle that opens
// a clause telling what was done to its noun: "announced", "held",
// "signed".
func (d *doc) participle(k int) bool {
	w := d.tok(k)
	if w.kind != tokWord || w.cap {
		return false
	}
	switch w.lower {
	case "held", "made", "struck", "reached", "won", "begun", "brokered", "sealed":
		return true
	}
	return strings.HasSuffix(w.lower, "ed") && len(w.lower) > 4
}

// recallType returns the event type the word at k names on its own.
func (d *doc) recallType(k int) (graph.EventType, bool) {
	w := d.tok(k)
	if w.kind != tokWord {
		return "", false
	}
	if t, ok := recallNouns[w.lower]; ok {
		return t, true
	}
	tr, n := d.lex.triggers.longest(d.toks, k, k+1)
	if n != 1 || tr.verb {
		return "", false
	}
	return tr.typ, true
}

// recallDay gives the day de to the latest asserted event of the type the
// noun at k names, told in the sentences just before, unless the noun is a
// mention of its own.
func (d *doc) recallDay(de *dateExpr, k int) {
	typ, _ := d.recallType(k)
	d.recallDayOf(de, k, typ)
}

// recallDayOf is recallDay for a noun at k that names an event of type typ.
func (d *doc) recallDayOf(de *dateExpr, k int, typ graph.EventType) {
	if m := d.evAt[k]; m != nil && m.ev != nil && m.ev.date != nil {
		return // "Sunday's attack" named afresh: dated with its mention
	}
	var target *event
	for _, e := range d.events {
		if e.typ != typ || e.mod != graph.Asserted {
			continue
		}
		first := e.mentions[0].sent
		if first >= de.sent || first < de.sent-8 {
			continue
		}
		target = e
	}
	if target == nil {
		return
	}
	if dt := target.date; dt != nil && (dt.Precision == graph.Day || de.date.Start < dt.Start || de.date.Start > dt.End) {
		return
	}
	day := de.date
	target.date = &day
}

// consequenceWords open a clause telling what a dated act set off:
// "..., prompting protests", "..., sparking clashes".
var consequenceWords = setOf("prompting", "sparking", "triggering", "provoking", "fuelling", "fueling", "igniting", "drawing", "causing")

// consequenceBetween reports whether a clause of what followed opens in
// [lo, hi): a day told before it dates the act, not its consequence.
func (d *doc) consequenceBetween(lo, hi int) bool {
	for k := lo; k+1 < hi; k++ {
		if d.toks[k].text == "," && consequenceWords[d.toks[k+1].lower] {
			return true
		}
	}
	return false
}
