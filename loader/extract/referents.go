package extract

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// Nouns that stand for an event reported before, when a stance verb takes
// them as its object: "Ankara rejected the accusation", "condemned the
// violence", "denounced the measures as an act of war".

// denyVerbs reject an accusation: "Kabul denied the allegations".
var denyVerbs = setOf("denied", "denies", "deny", "denying")

// accusationNouns stand for a statement that accused someone.
var accusationNouns = setOf("accusation", "accusations", "allegation", "allegations", "claim", "claims",
	"charge", "charges", "assertion", "assertions")

// strifeNouns stand for fighting or unrest told before.
var strifeNouns = setOf("violence", "escalation", "bloodshed", "killings", "killing", "hostilities", "bombardment",
	"bombardments", "aggression")

// measureNouns stand for a measure or decision told before.
var measureNouns = setOf("measures", "measure", "move", "moves", "decision", "step", "steps", "penalties")

// typedNouns stand for an event of a known type told before: "criticised
// the vote", "rejected the statement", "dismissed the plan".
var typedNouns = map[string][]graph.EventType{
	"vote": {graph.Election}, "election": {graph.Election}, "elections": {graph.Election}, "ballot": {graph.Election},
	"poll": {graph.Election}, "polls": {graph.Election}, "results": {graph.Statement, graph.Election}, "result": {graph.Statement, graph.Election},
	"statement": {graph.Statement}, "remarks": {graph.Statement}, "comments": {graph.Statement},
	"plan": {graph.Proposal}, "proposal": {graph.Proposal}, "proposals": {graph.Proposal}, "offer": {graph.Proposal}, "offers": {graph.Proposal},
	"deal": {graph.Agreement}, "agreement": {graph.Agreement}, "accord": {graph.Agreement}, "declaration": {graph.Agreement, graph.Statement},
	"communique": {graph.Agreement, graph.Statement}, "pact": {graph.Agreement},
	"raid": {graph.Attack}, "strike": {graph.Attack}, "strikes": {graph.Attack}, "attack": {graph.Attack}, "attacks": {graph.Attack},
	"crackdown": {graph.Protest, graph.Attack},
	"verdict":   {graph.OtherEvent}, "verdicts": {graph.OtherEvent}, "ruling": {graph.OtherEvent}, "sentence": {graph.OtherEvent},
	"recognition": {graph.OtherEvent}, "annexation": {graph.OtherEvent},
	"sanctions": {graph.Sanction}, "embargo": {graph.Sanction}, "tariffs": {graph.Sanction},
}

// objectNoun returns the first noun of a set the verb at k takes as its
// object, over determiners, quotes and adjectives, and where it stands.
func (d *doc) objectNoun(k int, set map[string]bool) (string, int) {
	for j := k + 1; j < min(k+6, len(d.toks)); j++ {
		t := d.toks[j]
		if set[t.lower] {
			return t.lower, j
		}
		if t.kind == tokPunct && !isQuote(t.text) || t.cap || d.spanAt[j] != 0 || d.trigAt[j] {
			return "", -1
		}
	}
	return "", -1
}

// referentEvent returns the event a noun object of the stance verb at k
// stands for: the latest statement for an accusation (a rejection answers
// what was said), the latest attack or protest for violence, the latest
// event for a measure. It returns nil when no such event was told within a
// few sentences.
func (d *doc) referentEvent(k int, typ graph.RelationType) *event {
	if typ == graph.Rejected {
		if _, j := d.objectNoun(k, accusationNouns); j >= 0 {
			return d.latestEventOf(k, 4, graph.Statement)
		}
		if _, j := d.objectNoun(k, demandNouns); j >= 0 {
			return d.latestDemanded(k, 3)
		}
		if w, j := d.objectNoun(k, offerRefNouns); j >= 0 && offerRefLeads[d.tok(j-1).lower] && !offerComplements[d.tok(j+1).lower] {
			if e := d.latestOffered(int(d.sentOf[k]), 3, d.subjectBefore(k, int(d.sentOf[k])), nil); e != nil || w == "overture" || w == "overtures" {
				return e // "rejected the overture": what the overture put forward
			}
		}
	}
	if typ != graph.Condemned && typ != graph.Criticized && typ != graph.Rejected {
		return nil
	}
	if typ == graph.Rejected && d.refusedBacking(k) {
		return d.latestProposal(k, 2)
	}
	if e := d.typedReferent(k); e != nil {
		return e
	}
	if e := d.takeoverReferent(k); e != nil {
		return e
	}
	if _, j := d.objectNoun(k, strifeNouns); j >= 0 {
		return d.latestEventOf(k, 2, graph.Attack, graph.Protest)
	}
	if _, j := d.objectNoun(k, measureNouns); j >= 0 {
		// A measure is one taken, not one only threatened or asked for.
		if e := d.latestEventOf(k, 3, graph.Sanction); e != nil {
			return e
		}
		if e := d.latestEvent(k); e != nil && e.mod == graph.Asserted {
			return e
		}
	}
	return nil
}

// typedReferent returns the event a definite noun object of the verb at k
// names by its kind ("criticised the vote": the election told before).
func (d *doc) typedReferent(k int) *event {
	if w := d.tok(k + 1).lower; w != "the" && w != "this" && w != "that" && w != "these" && w != "its" && w != "their" {
		return nil // "rejected a plan to ...": a new one, not the one told
	}
	for j := k + 2; j < min(k+5, len(d.toks)); j++ {
		t := d.toks[j]
		if types, ok := typedNouns[t.lower]; ok {
			if d.tok(j+1).lower == "of" || d.tok(j+1).lower == "to" || d.tok(j+1).lower == "for" {
				return nil // "the plan to ...", "the results of ...": a phrase naming its own
			}
			if t.lower == "results" || t.lower == "result" {
				if e := d.resultsReferent(k, 8); e != nil {
					return e
				}
				return d.countedVote(k)
			}
			if e := d.sameWordEvent(k, t.lower, 8); e != nil {
				return e
			}
			return d.latestEventOf(k, 4, types...)
		}
		if t.kind == tokPunct || t.cap || d.spanAt[j] != 0 {
			return nil
		}
	}
	return nil
}

// sameWordEvent returns the asserted event of the latest mention before
// token k, within back sentences, whose trigger is of the word family of
// noun: "rejected the recognition" names the recognition announced several
// sentences before, though other events were told in between.
func (d *doc) sameWordEvent(k int, noun string, back int) *event {
	stem := noun[:min(len(noun), 6)]
	if len(stem) < 5 {
		return nil // "vote", "deal": too short to tell a family by its start
	}
	// The same word first: "announced the recognition ... rejected the
	// recognition" is surer than a verb of the family between them.
	if ev := d.latestMention(k, back, func(m *eventMention) bool {
		return m.ev.mod == graph.Asserted && d.toks[m.lo].lower == noun
	}); ev != nil {
		return ev
	}
	return d.latestMention(k, back, func(m *eventMention) bool {
		return m.ev.mod == graph.Asserted && strings.HasPrefix(d.toks[m.lo].lower, stem)
	})
}

// latestMention returns the event of the latest mention before token k,
// within back sentences before k's, that keep accepts. A past event named
// in passing in an earlier sentence ("since the 2018 peace deal") is no
// referent: "the move", "the killings" speak of the news.
func (d *doc) latestMention(k, back int, keep func(*eventMention) bool) *event {
	si := int(d.sentOf[k])
	for i := d.evStart[si+1] - 1; i >= 0 && i >= d.evStart[max(si-back, 0)]; i-- {
		if m := d.evs[i]; m.lo < k && m.ev != nil && !(m.sent != si && d.pastMention(m)) && keep(m) {
			return m.ev
		}
	}
	return nil
}

// recentEvent returns the latest of the last n events that keep accepts,
// or nil: a back reference reaches only a few events, so one told long
// before never captures it.
func (d *doc) recentEvent(n int, keep func(*event) bool) *event {
	for k := len(d.events) - 1; k >= 0 && k >= len(d.events)-n; k-- {
		if e := d.events[k]; keep(e) {
			return e
		}
	}
	return nil
}

// isAttack is the keep of recentEvent for "the latest attack", whatever
// else it tells.
func isAttack(e *event) bool { return e.typ == graph.Attack }

// latestEventOf returns the asserted event of the latest mention of one of
// types before token k, within back sentences before k's.
func (d *doc) latestEventOf(k, back int, types ...graph.EventType) *event {
	return d.latestMention(k, back, func(m *eventMention) bool {
		return m.ev.mod == graph.Asserted && slices.Contains(types, m.ev.typ)
	})
}

// backingVerbs and schemeNouns make "refused to back the scheme": a
// rejection of a plan told before.
var (
	backingVerbs = setOf("back", "support", "endorse", "accept")
	schemeNouns  = setOf("scheme", "plan", "initiative", "proposal", "idea")
)

// refusedBacking reports whether the refusal at k takes "to back the
// scheme" or the like.
func (d *doc) refusedBacking(k int) bool {
	if w := d.toks[k].lower; !strings.HasPrefix(w, "refus") || d.tok(k+1).lower != "to" || !backingVerbs[d.tok(k+2).lower] {
		return false
	}
	if w := d.tok(k + 3).lower; w != "the" && w != "this" && w != "that" {
		return false // "refused to back a plan to ...": a new one, not the one told
	}
	return schemeNouns[d.tok(k+4).lower] && d.tok(k+5).lower != "to" && d.tok(k+5).lower != "for"
}

// latestProposal returns the Proposal of the latest mention before token k,
// within back sentences, whatever its modality: a plan leaders failed to
// agree on is still the plan a member refused to back.
func (d *doc) latestProposal(k, back int) *event {
	return d.latestMention(k, back, func(m *eventMention) bool { return m.ev.typ == graph.Proposal })
}

// bodyPronoun returns the state or body "it" or "they" opening sentence si
// at j stands for: the speaker of the sentence before, when that is no
// person and si has no speaker of its own ("The UN mission said ... It
// condemned the violence"), or, when that sentence has no speaker, the body
// it opens with.
func (d *doc) bodyPronoun(j, si int) *entity {
	if w := d.toks[j].lower; w != "it" && w != "they" || j != d.sents[si].lo || si == 0 || d.speakerOf(si) != nil {
		return nil
	}
	e := d.speakerOf(si - 1)
	if e == nil {
		return d.openingBody(si - 1)
	}
	if e.typ != graph.Person && !e.media {
		return e
	}
	return nil
}

// openingBody returns the state or body whose name opens sentence si as
// its subject ("The rebels' movement denied the charge. It said ..."), or
// nil: with no speaker told, the pronoun of the next sentence continues
// the one the sentence is about.
func (d *doc) openingBody(si int) *entity {
	lo := d.pastThe(d.sents[si].lo)
	if lo >= d.sents[si].hi {
		return nil
	}
	sp, e := d.actorAt(lo)
	if e == nil || sp.lo < d.sents[si].lo || e.typ == graph.Person || e.media {
		return nil
	}
	if t := d.tok(sp.hi); t.kind != tokWord || t.cap || t.lower == "and" || t.lower == "or" || t.lower == "'s" {
		return nil // "The RSF and the army ...", "The RSF, which ...": not one subject
	}
	return e
}

// pronounObject reports whether the stance verb at k takes a pronoun
// standing for a happening, past a closing quote: "condemned it",
// "said it "firmly rejects" them".
func (d *doc) pronounObject(k int) bool {
	if w := d.tok(k - 1).lower; w == "that" || w == "which" || w == "who" {
		return false // "laws that rejected them": the subject is no actor named
	}
	j := k + 1
	if isQuote(d.tok(j).text) {
		j++
	}
	w := d.tok(j).lower
	return w == "it" || w == "this" || w == "them" && d.tok(j+1).lower != "to" && d.tok(j+1).lower != "of"
}
