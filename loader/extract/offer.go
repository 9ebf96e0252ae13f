package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// offerers returns who puts forward a proposal told by an offering verb:
// its subject and the names joined to it ("Uzbekistan and Kyrgyzstan have
// offered help", "..., and Ghana's President Kofi Asante offered to
// mediate"), not the speaker of an earlier clause; none when the offer is
// of another event. Other proposals keep their proposer.
func (d *doc) offerers(m *eventMention) []*entity {
	if m.verb && offerVerbs[d.toks[m.lo].lower] {
		if evs, _ := d.objectsAfter(m.lo); len(evs) > 0 && m.mod == graph.Asserted {
			return nil // "offered to host talks": the talks are offered, read by predicateAt
		}
		if out := d.askers(m.lo, m.sent); len(out) > 0 {
			return out
		}
		if out := d.quotedAskers(m.lo, m.sent); len(out) > 0 {
			return out
		}
	}
	if p := d.proposer(m); p != nil {
		return []*entity{p}
	}
	return nil
}

// quotedAskers returns the subject of a verb at k joined by "and" to a
// clause that ends in a quotation: `X called on both sides to "show
// restraint", and offered to mediate`. The quotation marks break the clause,
// but the one who offers is the subject before the quotation.
func (d *doc) quotedAskers(k, si int) []*entity {
	lo := d.sents[si].lo
	closing, and := -1, false
	for j := k - 1; j > lo; j-- {
		t := d.toks[j]
		if t.lower == "and" {
			and = true
		} else if isQuote(t.text) {
			if closing < 0 {
				closing = j
			}
		} else if t.text != "," {
			break
		}
	}
	if closing < 0 || !and {
		return nil
	}
	for o := closing - 1; o > lo && o >= closing-40; o-- {
		if isQuote(d.toks[o].text) {
			return d.askers(o, si)
		}
	}
	return nil
}

// quotedOffer gives an offer told after a quotation its subject as
// participant, as quotedAskers reads it; it reports whether it found one.
func (d *doc) quotedOffer(m *eventMention) bool {
	if !m.verb || !offerVerbs[d.toks[m.lo].lower] {
		return false
	}
	for _, e := range d.quotedAskers(m.lo, m.sent) {
		for _, b := range d.leadIn(e, m.sent) {
			if len(m.parts) < maxParticipants {
				m.parts = appendUnique(m.parts, b)
			}
		}
		if len(m.parts) < maxParticipants {
			m.parts = appendUnique(m.parts, e)
		}
	}
	return len(m.parts) > 0
}

// leadIn returns the actors of the noun phrase that opens sentence si
// before subject e, as in "The chairperson of the Arctic Council, Ana
// Ruiz, said": the body Ruiz speaks for takes part with her. None when a
// verb stands between, since the actor then belongs to another clause.
func (d *doc) leadIn(e *entity, si int) []*entity {
	s := d.sents[si]
	var out []*entity
	for j, sp := range d.walk(s.lo, s.hi) {
		if sp == nil {
			if joinedVerb(d.toks[j]) {
				return nil
			}
			continue
		}
		a := actorOf(sp)
		if a == e {
			return out
		}
		if a != nil && !d.isModifierActor(sp) {
			out = append(out, a)
		}
	}
	return nil
}

// offerOwner returns who made an offer named by a noun and told as made:
// "Kenya's offer to mediate".
func (d *doc) offerOwner(m *eventMention) *entity {
	if m.verb || m.mod != graph.Asserted || !proposalNouns[d.toks[m.hi-1].lower] {
		return nil
	}
	return d.proposalOwner(m)
}

// offerModality is the modality of an offer: one made ("offered to
// mediate") is asserted even when what it offers is still to come.
func (d *doc) offerModality(m *eventMention) graph.Modality {
	w := d.toks[m.lo].lower
	if m.verb && offerVerbs[w] && strings.HasSuffix(w, "ed") && !threatModals[d.tok(m.lo-1).lower] && d.tok(m.lo-1).lower != "to" &&
		m.mod == graph.Possible {
		return graph.Asserted
	}
	return m.mod
}

// readyWords before "to" state a readiness to act: "was ready to hold
// talks", "is open to talks".
var readyWords = setOf("ready", "prepared", "willing", "open", "eager", "keen")

// readinessRelations: who says they are ready for an event offers it: "the
// premier said his cabinet was ready to open talks with the farmers"
// offers the talks; "but only if the blockades were lifted" makes the
// offer conditional.
func (d *doc) readinessRelations(si int) {
	s := d.sents[si]
	for k := s.lo + 1; k < s.hi; k++ {
		if !readyWords[d.toks[k].lower] || d.tok(k+1).lower != "to" && d.tok(k+1).lower != "for" {
			continue
		}
		switch d.tok(k - 1).lower {
		case "was", "is", "were", "are", "remains", "remained", "be", "been", "stands", "stood", "says", "said":
		default:
			continue
		}
		ev, at := d.readyEvent(k + 1)
		src := d.speakerOf(si)
		if src == nil {
			src = d.subjectBefore(k, si)
		}
		if src == nil {
			continue
		}
		if ev != nil && d.tok(k+1).lower == "for" && !readyForTypes[ev.typ] {
			continue // "ready for war" offers nothing
		}
		if ev == nil || d.pledgeEventAt(at) {
			if d.tok(k+1).lower == "to" {
				d.readyAidAt(k+1, si, src) // a pledge offers itself; who is helped is still told
			}
			continue
		}
		mod := graph.Asserted
		if d.modalityAt(at) == graph.Conditional {
			mod = graph.Conditional
		}
		srcs := []*entity{src}
		sides := d.namedSubjects(k - 1)
		for _, s := range sides {
			srcs = appendUnique(srcs, s) // "Lavrov said Moscow was ready": both offer; "Britain and France were ready": each
		}
		for _, o := range srcs {
			d.addClaim(claim{src: ent(o), dst: evt(ev), typ: graph.Offered, mod: mod, sent: si, conf: 0.5})
			if len(ev.parts) < maxParticipants {
				ev.parts = appendUnique(ev.parts, o) // who offers talks takes part in them
			}
		}
		d.readySideMeets(sides, at)
	}
}

// readyForTypes are the events a readiness "for" offers: "ready for talks",
// "ready for a full ceasefire"; not "ready for war".
var readyForTypes = map[graph.EventType]bool{graph.Meeting: true, graph.Ceasefire: true, graph.Agreement: true, graph.Proposal: true}

// readyEvent returns the event of the mention a readiness at "to" reaches
// within its clause, and where it stands: "ready to hold talks", "open to
// talks with Xi". None past a stopping verb ("ready to end the strikes"),
// a going on ("ready to continue contacts") or a proposal of another
// ("open to the proposal" accepts it).
func (d *doc) readyEvent(to int) (*event, int) {
	if w := d.tok(to + 1).lower; stopVerbs[w] || w == "continue" || w == "keep" {
		return nil, 0
	}
	_, hi := d.clause(to)
	for j := to + 1; j < hi && j < to+8+d.joinedPieces(to+1, j); j++ {
		if m := d.evAt[j]; m != nil && m.ev != nil {
			if proposalNouns[d.toks[m.hi-1].lower] {
				return nil, 0
			}
			return m.ev, j
		}
	}
	return nil, 0
}

// offeredTrigger reports whether the event word after "proposed" or
// "offered" at hi-1 is what is put forward, so that the offer is no event
// of its own: "a proposed truce", "offered to host talks". The verb of an
// infinitive is the act offered, not an event: "offered to send a rescue
// team" is the offer itself, whatever words describe the team.
func (d *doc) offeredTrigger(hi int) bool {
	if d.tok(hi).lower == "to" {
		if sendVerbs[d.tok(hi+1).lower] {
			return false
		}
		return d.modifiesTrigger(hi + 2)
	}
	if w := d.tok(hi).lower; w == "a" || w == "an" {
		return d.modifiesTriggerWithin(hi, 7) // "offered a month-long unilateral truce"
	}
	return d.modifiesTrigger(hi)
}
