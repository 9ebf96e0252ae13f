package extract

import "github.com/geokg/geokg/graph"

// A lender that says its money "would depend on" what the borrower does
// ("the Bank said further loans would depend on the government cutting
// its deficit") holds that money out on a condition: a proposal still to
// come, offered by the speaker, whose condition is the act named after
// "depend on". No trigger word names either, so the sentence shape does.

// fundingNouns name money a lender or donor holds out.
var fundingNouns = setOf("disbursement", "disbursements", "financing", "funding", "loan", "loans", "tranche",
	"tranches", "payment", "payments", "credit", "credits", "bailout", "bailouts")

// fundingLeads may stand before a funding noun in its noun phrase:
// "any new", "further", "the next".
var fundingLeads = setOf("any", "new", "further", "fresh", "additional", "more", "the", "next", "future", "its",
	"their", "remaining", "financial")

// dependModals lead "depend on" when the money is still to come.
var dependModals = setOf("would", "will", "could", "might")

// addDependOffer puts the conditional funding of sentence si and its
// condition, if any, among the sentence's mentions from start on.
func (d *doc) addDependOffer(si, start int) {
	s := d.sents[si]
	for k := s.lo + 2; k+2 < s.hi; k++ {
		w := d.toks[k].lower
		if w != "depend" || !dependModals[d.tok(k-1).lower] || d.tok(k+1).lower != "on" && d.tok(k+1).lower != "upon" {
			continue
		}
		offer := d.fundingOffer(k-2, si, start)
		if offer == nil {
			return
		}
		d.insertMention(start, offer)
		if cond := d.dependCondition(k+2, si); cond != nil {
			d.insertMention(start, cond)
		}
		return
	}
}

// fundingOffer builds the offer whose funding noun is at h, or nil: the
// speaker offers it, with the states and bodies named in its noun phrase
// ("new U.S. financing") and the speaker's own state among its parties.
func (d *doc) fundingOffer(h, si, start int) *eventMention {
	if h < 0 || !fundingNouns[d.toks[h].lower] || d.trigAt[h] || d.spanAt[h] != 0 {
		return nil
	}
	for _, m := range d.evs[start:] {
		if m.lo <= h && h < m.hi {
			return nil
		}
	}
	s := d.sents[si]
	var parts []*entity
	lo := h
	for j := h - 1; j >= s.lo && j > h-5; j-- {
		if sp, e := d.actorAt(j); e != nil {
			parts = appendUnique(parts, e)
			lo, j = sp.lo, sp.lo
			continue
		}
		if !fundingLeads[d.toks[j].lower] {
			break
		}
		lo = j
	}
	if lo == h && !fundingLeads[d.tok(h-1).lower] {
		return nil // "payments would depend on": whose money, unsaid
	}
	spk := d.speakerOf(si)
	if spk == nil {
		spk = d.signalSubject(lo, si)
	}
	if spk == nil || spk.typ == graph.Location {
		return nil
	}
	if st := d.actorState(spk); st != nil {
		parts = appendUnique(parts, st)
	}
	parts = appendUnique(parts, spk)
	return &eventMention{lo: h, hi: h + 1, sent: si, typ: graph.Proposal, noun: d.toks[h].text,
		mod: graph.Conditional, parts: parts, offeredBy: []*entity{spk}}
}

// signalVerbs report a stance as well as a saying: "he signaled that".
var signalVerbs = setOf("signaled", "signalled", "indicated", "suggested", "stressed", "warned", "made")

// signalSubject returns who reports the clause starting at lo when no
// speaker was found: a pronoun or "the Fund", the body named before,
// right before a report verb ("But he signaled that ...").
func (d *doc) signalSubject(lo, si int) *entity {
	v := lo - 1
	if d.tok(v).lower == "that" {
		v--
	}
	if d.tok(v).lower == "clear" && d.tok(v-1).lower == "made" {
		v--
	}
	if v <= d.sents[si].lo || !signalVerbs[d.tok(v).lower] && !speechVerbs[d.tok(v).lower] {
		return nil
	}
	j := v - 1
	if w := d.tok(j).lower; pronouns[w] {
		return d.pronounPerson(j, si)
	}
	if _, e := d.actorAt(j); e != nil {
		return e
	}
	if t := d.tok(j); t.cap && d.tok(j-1).lower == "the" {
		return d.bodyRef(t.lower, j)
	}
	return nil
}

// dependCondition reads the act after "depend on" at j into an event of
// its actor, still to come: "on the government cutting its deficit",
// "on Milei's government rebuilding reserves". It is nil when no actor
// stands there or the act already has an event word.
func (d *doc) dependCondition(j, si int) *eventMention {
	s := d.sents[si]
	for j < s.hi && determiners[d.toks[j].lower] {
		j++
	}
	sp, subj := d.actorAt(j)
	if subj == nil {
		return nil
	}
	v := sp.hi
	if d.tok(v).lower == "'s" && conditionBodies[d.tok(v+1).lower] {
		if st := d.actorState(subj); st != nil {
			subj = st // "Milei's government" is his state's
		}
		v += 2
	} else if conditionBodies[d.tok(v).lower] {
		v++ // "the Argentine government"
	}
	if v >= s.hi || d.trigAt[v] || d.spanAt[v] != 0 {
		return nil
	}
	t := d.toks[v]
	if t.kind != tokWord || t.text != t.lower || len(t.lower) < 6 || t.lower[len(t.lower)-3:] != "ing" {
		return nil
	}
	return &eventMention{lo: v, hi: v + 1, sent: si, typ: graph.OtherEvent, verb: true, noun: t.text,
		mod: graph.Possible, parts: []*entity{subj}}
}
