package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// opposeVerbs refuse a plan, deal or truce as a rejection does when they
// take one for their object: "Hungary vetoed the aid package", "Ankara
// opposes the proposed pipeline", "the senate blocked the accord". Aimed at
// a person or a state they are a rebuke as much as a refusal, so they are
// read only with an event of the kinds opposable allows for their object.
var opposeVerbs = setOf("oppose", "opposes", "opposed", "opposing", "veto", "vetoes", "vetoed", "vetoing",
	"block", "blocks", "blocked", "blocking")

// opposable reports whether the opposing verb w refuses an event of type t:
// a thing proposed or agreed, which may yet fail for want of a party's
// consent. Vetoing or blocking sanctions keeps them from being adopted;
// opposing sanctions in force is a rebuke of those who impose them.
func opposable(w string, t graph.EventType) bool {
	switch t {
	case graph.Proposal, graph.Agreement, graph.Ceasefire:
		return true
	case graph.Sanction:
		return !strings.HasPrefix(w, "oppos")
	}
	return false
}

// opposesPlan reports whether the verb at k opposes the event mention m,
// and so rejects it.
func (d *doc) opposesPlan(k int, m *eventMention) bool {
	w := d.toks[k].lower
	return opposeVerbs[w] && !d.opposeNoun(k) && opposable(w, m.typ)
}

// opposeNoun reports whether the word at k is a noun: "the veto", "its
// block on imports". determiners holds the possessives too.
func (d *doc) opposeNoun(k int) bool {
	return determiners[d.tok(k-1).lower]
}

// opposedReferent reads an opposing verb whose object names a plan, deal or
// sanction told before: "Slovakia had blocked the deal for weeks". An
// object named in full is read by findAgreements. A refusal told as not
// made states nothing: "did not block the package" leaves the package as
// it was. It reports whether the verb was read.
func (d *doc) opposedReferent(k, si int) bool {
	w := d.toks[k].lower
	if !opposeVerbs[w] || d.opposeNoun(k) || len(d.objectMentions(k, false)) > 0 {
		return false
	}
	// Only a noun naming the kind ("the plan", "the deal") is followed back:
	// "the measures" or "it" may stand for many things told before.
	e := d.typedReferent(k)
	if e == nil || !opposable(w, e.typ) {
		return false
	}
	mod := d.modalityAt(k)
	if mod == graph.Denied {
		return true
	}
	if src := d.subjectBefore(k, si); src != nil {
		d.addClaim(claim{src: ent(src), dst: evt(e), typ: graph.Rejected, mod: mod, sent: si, conf: 0.5})
	}
	return true
}
