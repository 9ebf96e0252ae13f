package extract

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// conditionVerbs are past or present verbs a condition clause often turns
// on that the "-ed"/"-s" test misses: "only if Kabul gave guarantees".
var conditionVerbs = setOf("withdrew", "gave", "give", "took", "take", "made", "make", "kept", "keep", "won", "win",
	"held", "hold", "paid", "pay", "sent", "send", "brought", "bring", "froze", "freeze", "let", "put", "stood",
	"undertook", "went", "met", "meet", "left", "leave", "drew", "draw", "chose", "choose", "lay", "hand", "stop",
	"agree", "accept", "allow", "commit", "return", "release", "end", "lift", "scrap", "drop", "halt", "pull",
	"withdraw", "recognise", "recognize", "disarm", "respect", "honour", "honor", "abandon", "renounce")

// conditionSkips stand between a condition's subject and its verb without
// changing what the clause is about: "if Belgrade first handed over".
var conditionSkips = setOf("first", "also", "fully", "finally", "immediately", "itself", "themselves", "were",
	"was", "is", "are", "does", "did", "do", "not", "would", "will", "could", "can", "agreed", "agrees", "to")

// conditionAt returns where a condition clause opened at token k starts,
// or -1, and whether the condition is a demand the main clause depends on: "only if", "unless", "provided (that)", "as long as",
// "on condition that". A bare "if" qualifies after a modal in the same
// sentence ("could impose tariffs if the measure takes effect").
func (d *doc) conditionAt(k int) (at int, strong bool) {
	w := d.toks[k].lower
	switch {
	case w == "if" && d.tok(k-1).lower == "only", w == "unless":
		return k + 1, true
	case w == "provided" || w == "providing":
		if d.tok(k+1).lower == "that" {
			return k + 2, true
		}
		if d.tok(k-1).text == "," || d.tok(k-1).lower == "but" {
			return k + 1, true
		}
	case w == "as" && d.tok(k+1).lower == "long" && d.tok(k+2).lower == "as":
		return k + 3, true
	case w == "condition" && d.tok(k-1).lower == "on" && d.tok(k+1).lower == "that":
		return k + 2, true
	case w == "once" && d.onceCondition(k):
		return k + 1, false // "ready to meet once a truce holds": a condition, not a demand
	case w == "if" && d.tok(k-1).lower != "even" && d.tok(k-1).lower != "as" && d.modalBefore(k):
		// "would only be possible if": the "only" still makes it a demand.
		return k + 1, d.tok(k-3).lower == "only" || d.tok(k-4).lower == "only"
	}
	return -1, false
}

// condModals in the main clause make a following bare "if" a condition of
// what they put forward, not a question ("asked if").
var condModals = setOf("would", "could", "will", "might", "ready", "prepared", "willing")

// modalBefore reports whether a modal stands in the sentence before k.
func (d *doc) modalBefore(k int) bool {
	s := d.sents[d.sentOf[k]]
	for j := k - 1; j >= s.lo && j >= k-20; j-- {
		if condModals[d.toks[j].lower] {
			return true
		}
	}
	return false
}

// looksVerb reports whether token j can be the finite verb of a clause.
func (d *doc) looksVerb(j int) bool {
	t := d.tok(j)
	if t.kind != tokWord || d.spanAt[j] != 0 || t.text != t.lower {
		return false
	}
	w := t.lower
	if conditionVerbs[w] {
		return true
	}
	if determiners[w] || conditionSkips[w] {
		return false
	}
	return len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "es") || strings.HasSuffix(w, "ing"))
}

// conditionMention reads a condition clause that names no event word of
// its own into an event of its subject: "only if the rebels withdrew
// from the cities" is the rebels' withdrawal, still to come. The mention
// is nil when the clause has no actor as subject or already holds a
// trigger, which the ordinary reading makes the condition.
func (d *doc) conditionMention(si int) *eventMention {
	s := d.sents[si]
	for k := s.lo; k < s.hi; k++ {
		at, _ := d.conditionAt(k)
		if at < 0 {
			continue
		}
		j := at
		for j < s.hi && (determiners[d.toks[j].lower] || conditionSkips[d.toks[j].lower]) {
			j++
		}
		sp, subj := d.actorAt(j)
		if subj == nil {
			if sp == nil && pronouns[d.tok(j).lower] {
				subj = d.lastPerson(j)
			}
			if subj == nil {
				return nil
			}
		}
		v := j + 1
		if sp != nil {
			v = sp.hi
		}
		for v < s.hi && v < j+10 && conditionSkips[d.toks[v].lower] && !conditionVerbs[d.toks[v].lower] {
			v++
		}
		if v >= s.hi || !d.looksVerb(v) || d.trigAt[v] {
			return nil
		}
		_, hi := d.clause(v)
		parts := []*entity{subj}
		for q := v + 1; q < hi; q++ {
			if d.trigAt[q] && !undoVerbs[d.toks[v].lower] {
				return nil // "unless the talks resume": the talks are the condition
			}
			if d.toks[q].text == "," || d.toks[q].lower == "and" && d.looksVerb(q+1) {
				break
			}
			if sp, e := d.actorAt(q); e != nil {
				parts = appendUnique(parts, e)
				q = sp.hi - 1
			}
		}
		hiV := v + 1
		if d.tok(hiV).lower == "over" || d.tok(hiV).lower == "down" || d.tok(hiV).lower == "back" || d.tok(hiV).lower == "up" {
			hiV++ // "handed over", "lay down"
		}
		return &eventMention{lo: v, hi: hiV, sent: si, typ: graph.OtherEvent, verb: true, noun: d.spanText(v, hiV),
			mod: graph.Possible, parts: parts}
	}
	return nil
}

// addConditionMention puts the condition mention of sentence si, if any,
// among the sentence's mentions from start on, in text order.
func (d *doc) addConditionMention(si, start int) {
	m := d.conditionMention(si)
	if m == nil {
		return
	}
	d.insertMention(start, m)
}

// conditionDemand: who sets a condition ("only if", "unless", "would
// depend on") asks for it: the speaker, or the subject of the main clause,
// demands the condition event unless they are the ones to meet it.
func (d *doc) conditionDemand(k, si int, cond *event) {
	src := d.speakerOf(si)
	if src == nil {
		src = d.subjectBefore(k, si)
	}
	if src == nil || slices.Contains(cond.parts, src) {
		return
	}
	d.addClaim(claim{src: ent(src), dst: evt(cond), typ: graph.Demanded, mod: graph.Asserted, sent: si, conf: 0.5})
}

// conditionParties: a truce, deal or talks held off until one side acts
// involve that side: "a ceasefire only if the rebels withdrew" is a
// ceasefire with the rebels.
func (d *doc) conditionParties(main, cond *event) {
	switch main.typ {
	case graph.Ceasefire, graph.Agreement, graph.Meeting:
	default:
		return
	}
	for _, p := range cond.parts {
		if len(main.parts) < maxParticipants && p.typ != graph.Person {
			main.parts = appendUnique(main.parts, p)
		}
	}
}

// undoVerbs end a measure; "unless X drops the quotas" is conditioned on
// the dropping, not on the quotas.
var undoVerbs = setOf("lifts", "lift", "lifted", "removes", "remove", "removed", "scraps", "scrap", "scrapped",
	"drops", "drop", "dropped", "ends", "end", "ended", "rescinds", "rescind", "reverses", "reverse", "cancels",
	"cancel", "withdraws", "withdraw", "eases", "ease", "suspends", "suspend", "halts", "halt", "stops", "stop")

// dependWords before "on" make what comes before hang on what follows:
// "further loans would depend on the reforms".
var dependWords = setOf("depend", "depends", "depended", "dependent", "contingent", "conditional", "conditioned")

// conditionRelations: "A ... only if B" makes A conditioned on B.
func (d *doc) conditionRelations(si int) {
	s := d.sents[si]
	for k := s.lo; k < s.hi; k++ {
		w := d.toks[k].lower
		at, strong := d.conditionAt(k)
		if dependWords[w] && (d.tok(k+1).lower == "on" || d.tok(k+1).lower == "upon") {
			strong = true
		} else if at < 0 && !(w == "provided" || w == "condition" && d.tok(k-1).lower == "on") {
			continue
		}
		var before, after *event
		for _, m := range d.sentMentions(si) {
			if m.ev == nil {
				continue
			}
			if m.lo < k {
				before = m.ev
			} else if after == nil {
				after = m.ev
				for j := k + 1; j < m.lo; j++ {
					if undoVerbs[d.toks[j].lower] {
						after = nil // "unless Ottawa drops the quotas": the condition is their end
						break
					}
					if d.heldOff(j, m.lo) {
						after = nil // "only if X vows it will not attack again": the condition is that none comes
						break
					}
				}
				if after == nil {
					break
				}
			}
		}
		if before != nil && after != nil && before != after {
			d.addClaim(claim{src: evt(before), dst: evt(after), typ: graph.ConditionedOn, mod: graph.Asserted, sent: si, conf: 0.6})
			if strong {
				d.conditionDemand(k, si, after)
			}
			d.conditionParties(before, after)
		}
		return
	}
}

// heldOff reports whether the word at j, before the event named at ev,
// makes the condition the event's absence or its aftermath, not the event:
// "will not attack Iran again", "hands over those responsible for the
// attack".
func (d *doc) heldOff(j, ev int) bool {
	w := d.toks[j].lower
	if w == "responsible" && d.tok(j+1).lower == "for" {
		return true
	}
	return (w == "not" || w == "n't" || w == "never" || w == "no") && ev-j <= 4
}
