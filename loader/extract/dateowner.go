package extract

import "github.com/geokg/geokg/graph"

// ownedMention returns the mention of the event a day phrase owns:
// "Sunday's election", "Monday's disputed vote". Such a day is that
// event's, whatever else its sentence tells; nil when the phrase owns no
// event noun.
func (d *doc) ownedMention(de *dateExpr) *eventMention {
	if de.bound {
		return nil
	}
	k := d.ownedNoun(de)
	if k < 0 {
		return nil
	}
	for _, m := range d.sentMentions(de.sent) {
		if m.lo > de.hi && m.lo <= k && k < m.hi {
			return m // "Sunday's presidential election"
		}
	}
	return nil
}

// ownedDates gives each event named with a day that owns it ("a slow count
// from Sunday's election") that day, before assignDates hands the other
// time phrases of the sentence to their nearest event: "blocked roads on
// Tuesday as a count from Sunday's election dragged on" dates the blockade
// Tuesday, not the election.
func (d *doc) ownedDates() {
	for i := range d.dates {
		de := &d.dates[i]
		if m := d.ownedMention(de); m != nil && m.date == nil {
			m.date = de
		}
	}
}

// dayOwned reports whether the mention's date is a day phrase that owns it.
func (d *doc) dayOwned(m *eventMention) bool {
	return m.date != nil && d.ownedMention(m.date) == m
}

// ownedNoun returns the event noun a day phrase owns, written after it
// with "'s" ("Sunday's election") or standing before it as its modifier
// ("the 16 September poll", "a March 3 vote"), or -1.
func (d *doc) ownedNoun(de *dateExpr) int {
	if k := d.possessiveNoun(de); k >= 0 {
		return k
	}
	if !nounDeterminers[d.tok(de.lo-1).lower] || de.date.Precision != graph.Day {
		return -1
	}
	return d.eventNounFrom(de, de.hi, de.hi+1)
}

// nounDeterminers open a noun phrase a day may stand in as a modifier.
var nounDeterminers = setOf("the", "a", "an", "its", "their", "his", "her", "this", "that")

// attributionTail reports whether the verb at k and the day after it close
// their sentence as its source, set off by a comma: "Mutharika has won
// the vote, the electoral commission announced on Wednesday night". The
// day is when the news was told, not when what it tells happened; "the
// commission announced on Wednesday a recount" dates the recount.
func (d *doc) attributionTail(k int, de *dateExpr) bool {
	if s := d.sents[de.sent]; de.hi < s.hi && d.toks[de.hi].text != "." && d.toks[de.hi].text != "," {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		w := d.toks[j]
		if w.text == "," {
			return j < k-1
		}
		if w.kind != tokWord {
			return false
		}
	}
	return false
}

// freeDay returns the last day phrase of sentence si that is neither a
// bound, a dateline nor the day of an event noun it owns, or nil.
func (d *doc) freeDay(si int) *dateExpr {
	var out *dateExpr
	for i := range d.dates {
		de := &d.dates[i]
		if de.sent == si && !de.bound && de.date.Precision == graph.Day && d.ownedNoun(de) < 0 {
			out = de
		}
	}
	return out
}

// actAtOccasion reports whether a mention names what was done at a
// gathering the day de dates, told after it in its clause: "leaders
// cleared a new package of sanctions at a summit in Brussels on Thursday"
// dates the package by the summit's day.
func (d *doc) actAtOccasion(m *eventMention, de *dateExpr) bool {
	for _, n := range d.sentMentions(m.sent) {
		if n == m || n.typ != graph.Meeting || n.date != de || n.lo <= m.hi {
			continue
		}
		k := d.occasionWord(n)
		if k < 0 || k-m.hi > 12 || d.breakBetween(m.hi, k) {
			continue
		}
		if w := d.toks[k].lower; w == "at" || w == "during" {
			return true
		}
	}
	return false
}

// ledeGathering reports whether a meeting is named with "the" as the
// gathering the lede told of without naming it: "Leaders pledged on
// Tuesday to ... . Macron hosted the meeting at the Elysee". Only the
// paragraph right after the lede, and only when the lede names no meeting
// of its own.
func (d *doc) ledeGathering(m *eventMention, para int) bool {
	if m.typ != graph.Meeting || d.sents[m.sent].para != para+1 || d.tok(m.lo-1).lower != "the" {
		return false
	}
	for _, n := range d.evs {
		if d.sents[n.sent].para > para {
			break
		}
		if d.sents[n.sent].para == para && n.typ == graph.Meeting {
			return false
		}
	}
	return true
}
