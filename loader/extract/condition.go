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
	"withdraw", "recognise", "recognize", "disarm", "respect", "honour", "honor", "abandon", "renounce", "set")

// conditionSkips stand between a condition's subject and its verb without
// changing what the clause is about: "if Belgrade first handed over".
var conditionSkips = setOf("first", "also", "fully", "finally", "immediately", "itself", "themselves", "were",
	"was", "is", "are", "does", "did", "do", "not", "would", "will", "could", "can", "agreed", "agrees", "to",
	"has", "had", "have", "been", "be")

// conditionAt returns where a condition clause opened at token k starts,
// or -1, and whether the condition is a demand the main clause depends
// on: "only if", "only after", "unless", "provided (that)", "as long as",
// "on condition that". A bare "if" qualifies after a modal in the same
// sentence ("could impose tariffs if the measure takes effect").
func (d *doc) conditionAt(k int) (at int, strong bool) {
	w := d.toks[k].lower
	switch {
	case (w == "if" || w == "after") && d.tok(k-1).lower == "only", w == "unless":
		// "ready to talk, but only after the army withdraws": the talks
		// wait on the withdrawal as they would on "only if".
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
	case w == "until" && d.refusedUntil(k):
		return k + 1, true // "would not disarm until an agreement is reached"
	case w == "once" && d.onceCondition(k):
		// "ready to meet once a truce holds": a condition, not a demand;
		// "could begin only once the rebels disarm" makes it one.
		return k + 1, d.tok(k-1).lower == "only"
	case w == "if" && d.tok(k-1).lower != "even" && d.tok(k-1).lower != "as" && d.modalBefore(k):
		// "would only be possible if": the "only" still makes it a demand.
		return k + 1, d.tok(k-3).lower == "only" || d.tok(k-4).lower == "only"
	}
	return -1, false
}

// condModals in the main clause make a following bare "if" a condition of
// what they put forward, not a question ("asked if").
var condModals = setOf("would", "could", "will", "might", "ready", "prepared", "willing", "threatened", "threatens",
	"threatening", "threaten")

// modalBefore reports whether a modal stands in the sentence before k, or
// an act a side did not rule out: "would not rule out renewed fighting
// if the rebels broke the truce" holds the rebels' act as its condition.
func (d *doc) modalBefore(k int) bool {
	s := d.sents[d.sentOf[k]]
	for j := k - 1; j >= s.lo && j >= k-20; j-- {
		if condModals[d.toks[j].lower] || j > s.lo && d.refusedRuleOut(j-1) {
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
	if conditionVerbs[w] || strings.HasSuffix(w, "s") && conditionVerbs[w[:len(w)-1]] {
		return true // "unless she withdraws them", "if Kabul gives guarantees"
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
		for j < s.hi && (determiners[d.toks[j].lower] || conditionSkips[d.toks[j].lower]) && d.spanAt[j] == 0 {
			j++ // a name's own word stays: "if New Delhi took"
		}
		if j >= s.hi {
			continue // "… only if." names no one: the next sentence's subject is not its
		}
		sp, subj := d.actorAt(j)
		if sp != nil && d.tok(sp.hi).lower == "'s" {
			if osp, owned := d.actorAt(sp.hi + 1); owned != nil {
				sp, subj = osp, owned // "only if Lai's party accepted": the party is the subject
			}
		}
		if subj == nil && sp == nil {
			if subj = d.governmentReferent(at); subj != nil {
				j = at + d.governmentWords(at) - 1 // "only if the government guaranteed": the state the text is about
			}
		}
		if subj == nil {
			if sp == nil && pronouns[d.tok(j).lower] {
				subj = d.pronounPerson(j, si)
			}
			if subj == nil {
				return nil
			}
		}
		v := j + 1
		if sp != nil {
			v = sp.hi
		}
		if conditionBodies[d.tok(v).lower] {
			v++ // "only if Ukrainian troops pull out": the troops are the state's
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
				if d.objectOf(v, q) && !d.heldOffBefore(v, q) {
					return nil // "unless Kabul signs the truce": the truce is the condition
				}
				break // "handed over those responsible for the attack": the handover is
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

// pronounPerson returns who a personal pronoun at j in sentence si stands
// for: the person who spoke in the sentence before, the one the text is
// about there, ahead of anyone named after them ("Takaichi said she was
// open to talks with Xi ... unless she withdraws them"); else the last
// person named.
func (d *doc) pronounPerson(j, si int) *entity {
	for _, sj := range []int{si, si - 1} {
		if sj < 0 {
			continue
		}
		if e := d.speakerOf(sj); e != nil && e.typ == graph.Person && d.namedBefore(e, j) {
			return e
		}
	}
	return d.lastPerson(j)
}

// namedBefore reports whether e is named in the sentence of j, or the one
// before, ahead of j: a speaker named only after the pronoun ("..., she
// said") does not stand for it.
func (d *doc) namedBefore(e *entity, j int) bool {
	lo := d.sents[max(int(d.sentOf[j])-1, 0)].lo
	for _, i := range e.spans {
		if sp := d.spans[i]; sp.lo >= lo && sp.lo < j {
			return true
		}
	}
	return false
}

// addConditionMention puts the condition mention of sentence si, if any,
// among the sentence's mentions from start on, in text order.
func (d *doc) addConditionMention(si, start int) {
	d.addDependOffer(si, start)
	if m := d.conditionMention(si); m != nil {
		d.insertMention(start, m)
	}
	s := d.sents[si]
	for k := s.lo; k < s.hi; k++ {
		if at, _ := d.conditionAt(k); at >= 0 {
			if m := d.conditionalOfferMention(k, si, start); m != nil {
				d.insertMention(start, m) // what is offered on the condition
			}
			return
		}
	}
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

// conditionSides gives a truce or deal named bare as a condition the
// sides it is between: "ready to meet Putin once a ceasefire is in place"
// is a ceasefire between the two leaders' states, or between the sides of
// the war they are part of.
func (d *doc) conditionSides(main, cond *event) {
	if len(cond.parts) > 0 || cond.typ != graph.Ceasefire && cond.typ != graph.Agreement {
		return
	}
	var sides []*entity
	for _, p := range main.parts {
		if p.typ == graph.Person {
			p = d.ledState(p)
		}
		if p != nil && p.typ != graph.Location && !p.media {
			sides = appendUnique(sides, p)
		}
	}
	for _, e := range d.events {
		if warEvent(e) && len(e.parts) >= 2 && sharesEntity(sides, e.parts) {
			sides = e.parts
			break
		}
	}
	if len(sides) <= maxParticipants {
		cond.parts = append(cond.parts, sides...)
	}
}

// ledState returns the state a person stands for: the one in their title,
// or the one the text says they lead.
func (d *doc) ledState(p *entity) *entity {
	if s := d.actorState(p); s != nil {
		return s
	}
	return d.ledBy(p, graph.Country, -1)
}

// ledBy returns the first entity of type typ a Leads claim told in
// sentence si (any sentence when si < 0) says p leads, nil when none.
func (d *doc) ledBy(p *entity, typ graph.EntityType, si int) *entity {
	for _, c := range d.claims {
		if c.typ == graph.Leads && (si < 0 || c.sent == si) && c.src.ent == p && c.dst.ent != nil && c.dst.ent.typ == typ {
			return c.dst.ent
		}
	}
	return nil
}

// warEvent reports whether e is a war or armed conflict by any of its
// names: "the war", "a border war", "the conflict".
func warEvent(e *event) bool {
	if e.typ != graph.OtherEvent {
		return false
	}
	for _, m := range e.mentions {
		if otherKind(m.noun) == "war" || warWords[lastWord(strings.ToLower(m.noun))] {
			return true
		}
	}
	return false
}

// undoVerbs end a measure; "unless X drops the quotas" is conditioned on
// the dropping, not on the quotas.
var undoVerbs = setOf("lifts", "lift", "lifted", "removes", "remove", "removed", "scraps", "scrap", "scrapped",
	"lowers", "lower", "lowered", "cuts", "cut", "reduces", "reduce", "reduced",
	"drops", "drop", "dropped", "ends", "end", "ended", "rescinds", "rescind", "reverses", "reverse", "cancels",
	"cancel", "withdraws", "withdraw", "eases", "ease", "suspends", "suspend", "halts", "halt", "stops", "stop",
	"eased", "suspended", "halted", "stopped", "cancelled", "canceled", "reversed", "rescinded")

// undoneMention reports whether the main clause holds out the end of the
// event named at m, not the event: "could suspend trade talks if", "the
// tariffs would be eased only if". The end has no node of its own here.
func (d *doc) undoneMention(m *eventMention) bool {
	if m.verb {
		return false
	}
	for j := m.lo - 1; j >= m.lo-3 && j >= 0; j-- {
		if undoVerbs[d.toks[j].lower] && !d.nodeAt(m.sent, j) && d.objectOf(j, m.lo) {
			return true
		}
	}
	return threatModals[d.tok(m.hi).lower] && d.tok(m.hi+1).lower == "be" && undoVerbs[d.tok(m.hi+2).lower]
}

// nodeAt reports whether an event mention of sentence si that kept its
// node starts at token j: a trigger word whose event was dropped, as a
// threatened "could suspend" read as a threat, leaves no node behind.
func (d *doc) nodeAt(si, j int) bool {
	for _, m := range d.sentMentions(si) {
		if m.lo == j && m.ev != nil {
			return true
		}
	}
	return false
}

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
		} else if at < 0 && !(w == "provided" || w == "condition" && d.tok(k-1).lower == "on" && !d.anonymityAfter(k)) {
			continue
		}
		var before, after *event
		var bm *eventMention
		for _, m := range d.sentMentions(si) {
			if m.ev == nil {
				continue
			}
			if m.lo < k {
				if m.typ == graph.Statement {
					continue // "said on X that ... until": the saying is done, whatever the condition
				}
				if d.wordBetween(m.hi, k, reportVerbs) {
					continue // "X offered help, and Y said it was ready to ... if": Y's offer is conditioned
				}
				if bm == nil || !d.undoneBy(bm, m) {
					before, bm = m.ev, m
				}
			} else if after == nil {
				after = m.ev
				for j := k + 1; j < m.lo; j++ {
					if w := d.toks[j].lower; w == "no" || w == "without" {
						after = nil // "if no deal is reached": the condition is that none comes
						break
					}
					if undoVerbs[d.toks[j].lower] {
						after = nil // "unless Ottawa drops the quotas": the condition is their end
						break
					}
					if d.heldOff(j, m.lo) {
						after = nil // "only if X vows it will not attack again": the condition is that none comes
						break
					}
				}
				if d.undoneAfter(m.hi) || d.stoppedLater(m) {
					after = nil // "if the tariffs were lifted", "if the talks fail": not the tariffs, not the talks
				}
				if after == nil {
					break
				}
			}
		}
		if bm != nil && d.undoneMention(bm) {
			return // "could suspend trade talks if": the suspension is conditioned, not the talks
		}
		if before != nil && after != nil && before != after {
			d.addClaim(claim{src: evt(before), dst: evt(after), typ: graph.ConditionedOn, mod: graph.Asserted, sent: si, conf: 0.6})
			if strong {
				d.conditionDemand(k, si, after)
			}
			d.conditionParties(before, after)
			d.conditionSides(before, after)
			return
		}
		if before != nil {
			return // the first condition with a main event rules the sentence
		}
		if strong && after != nil && !d.wordBetween(s.lo, k, threatenVerbs) {
			// "would attend only if Washington first lifted the tariffs": no
			// event waits on the condition, but it is still asked for. A
			// threat's condition is read as the threat's.
			d.conditionDemand(k, si, after)
			return
		}
	}
}

// conditionBodies follow a state's adjective as the subject of a
// condition: "unless Israeli forces withdrew", "if the Greek Cypriot side
// accepted".
var conditionBodies = setOf("troops", "forces", "soldiers", "side", "government", "authorities", "army", "military",
	"fighters", "militants", "leaders", "leadership", "officials")

// objectOf reports whether the trigger at q heads the object of the verb
// at v, with only determiners and modifiers between: "signs the truce",
// "stopped arming"; not "those responsible for the attack".
func (d *doc) objectOf(v, q int) bool {
	if q-v > 4 {
		return false
	}
	for j := v + 1; j < q; j++ {
		t := d.toks[j]
		if t.kind != tokWord || prepositions[t.lower] || t.lower == "those" || t.lower == "who" || t.lower == "that" {
			return false
		}
	}
	return true
}

// anonymityAfter reports whether "on condition" at k is a source's
// anonymity, no condition of anything: "speaking on condition of
// anonymity".
func (d *doc) anonymityAfter(k int) bool {
	return d.tok(k+1).lower == "of" && d.tok(k+2).lower == "anonymity"
}

// refusedUntil reports whether "until" at k ends a refusal, which makes
// what follows its condition: "would not disarm until", "will not sign
// until". A bare "until" ("talks lasted until dawn") is a time.
func (d *doc) refusedUntil(k int) bool {
	lo := max(d.sents[d.sentOf[k]].lo, k-12)
	for j := k - 1; j > lo; j-- {
		w := d.toks[j].lower
		if w == "," || w == ";" {
			return false
		}
		if (w == "not" || w == "never" || w == "n't") && threatModals[d.toks[j-1].lower] || w == "won't" {
			return true
		}
	}
	return false
}

// undoneBy reports whether the mention m is what the offered concession c
// would undo: in "would not lower the tariffs unless", the lowering is
// conditioned, not the tariffs.
func (d *doc) undoneBy(c, m *eventMention) bool {
	// "could suspend trade talks if": the suspension, an event of its own,
	// is what hangs on the condition, not the talks it would end.
	return (c.typ == graph.Proposal && len(c.offeredBy) > 0 || c.typ == graph.OtherEvent) && c.verb && undoVerbs[d.toks[c.lo].lower] && d.objectOf(c.lo, m.lo)
}

// failVerbs end an event against its parties' will: "if the talks fail".
var failVerbs = setOf("fail", "fails", "failed", "collapse", "collapses", "collapsed", "falter", "falters")

// undoneAfter reports whether the words from j on undo the event told just
// before: "the tariffs were lifted", "the talks fail", "the truce breaks
// down".
func (d *doc) undoneAfter(j int) bool {
	w := d.tok(j).lower
	if w == "were" || w == "was" || w == "are" || w == "is" || w == "be" {
		w = d.tok(j + 1).lower
		return undoVerbs[w] && strings.HasSuffix(w, "ed")
	}
	return failVerbs[w] || (w == "break" || w == "breaks" || w == "broke") && d.tok(j+1).lower == "down"
}

// heldOffBefore reports whether a pledge of no more stands between the
// verb at v and the event at q: in "guarantees it will not attack again"
// the guarantee is the condition, not the attack.
func (d *doc) heldOffBefore(v, q int) bool {
	for j := v + 1; j < q; j++ {
		if d.heldOff(j, q) {
			return true
		}
	}
	return false
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
	// Only a pledge of no more ("will not attack again") holds the event off;
	// "did not stop the flow" makes the not-stopping itself the condition.
	return (w == "not" || w == "n't" || w == "never" || w == "no") && ev-j <= 4 && threatModals[d.tok(j-1).lower]
}
