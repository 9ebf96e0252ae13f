package extract

import (
	"slices"

	"github.com/geokg/geokg/graph"
)

// A pledge of help told as a readiness or a promise ("Washington was ready
// to help fund the army", "Beijing would provide emergency assistance") is
// an offer of its own: a proposal node whose helper offers it and whose
// parties are the helper and the helped. No trigger word names it, so the
// sentence shape does.

// pledgeLeads before "to" make what follows an offer: "ready to", "pledged
// to".
var pledgeLeads = setOf("ready", "prepared", "willing", "pledged", "promised", "vowed", "readiness")

// pledgeModals before a giving verb make it a promise of the subject.
var pledgeModals = setOf("would", "will")

// pledgeGivers give help after a modal: "would provide", "will fund".
// "Support" and "back" only count after a readiness: "would support the
// resolution" is a stance, not help.
var pledgeGivers = setOf("fund", "finance", "provide", "supply", "send", "give", "donate", "pay", "deliver", "help")

// pledgeDeals after a pledge lead are business a state or firm promises
// to do for another: "pledged to invest $200 billion in Chile", "ready to
// expand imports of Kenyan tea", "promised to unlock frozen funds". Only
// after a readiness or promise: "would buy" alone is a forecast.
var pledgeDeals = setOf("invest", "buy", "purchase", "import", "expand", "build", "construct", "lend", "unlock", "ship",
	"export", "open")

// dealObjects name the business a pledged deal does when no actor follows:
// "ready to expand imports".
var dealObjects = setOf("imports", "exports", "purchases", "investment", "investments", "trade", "market", "markets",
	"shipments", "funds", "plant", "plants", "factory", "factories", "railway", "pipeline", "port")

// pledgeObjects are what a promise of giving must name when no helped
// actor follows: "would provide assistance worth 10 million yuan".
var pledgeObjects = setOf("aid", "assistance", "funding", "funds", "loan", "loans", "grant", "grants", "troops", "weapons",
	"equipment", "relief", "financing", "package", "million", "billion", "$", "€", "£", "credit", "ammunition")

// pledgeMention returns the offer a pledge of help in sentence si makes,
// or nil. from is where the sentence's trigger mentions start in d.evs: a
// pledge told by a trigger of its own ("offered to send a team") is that
// mention already.
func (d *doc) pledgeMention(si, from int) *eventMention {
	s := d.sents[si]
	for k := s.lo + 1; k < s.hi-1; k++ {
		w := d.toks[k].lower
		v := 0
		switch {
		case pledgeLeads[w] && d.tok(k+1).lower == "to":
			v = k + 2
			if readyAidVerbs[d.tok(v).lower] || pledgeGivers[d.tok(v).lower] || pledgeDeals[d.tok(v).lower] || d.resumedGiving(v) {
				break
			}
			v = 0
		case pledgeModals[w] && pledgeGivers[d.tok(k+1).lower] && d.subjectAdjoins(k):
			v = k + 1
		}
		if v == 0 {
			continue
		}
		hi := v + 1
		if readyAidVerbs[d.tok(hi).lower] || pledgeGivers[d.tok(hi).lower] {
			hi++ // "help fund", "help pay"
		} else if d.toks[v].lower == "help" && d.tok(hi).lower != "the" && d.spanAt[hi] == 0 {
			continue // "would help revive talks": help to some end, not help given
		}
		if m := d.pledgeOfferAt(k, v, hi, si, from); m != nil {
			return m
		}
	}
	return nil
}

// pledgeOfferAt builds the offer whose lead word is at k and giving verb spans
// [v, hi), when its helper is an actor and it names the helped or the
// help given.
func (d *doc) pledgeOfferAt(k, v, hi, si, from int) *eventMention {
	for _, m := range d.evs[from:] {
		if m.lo >= k-3 && m.lo < hi+3 {
			return nil
		}
	}
	helper := d.subjectBefore(k, si)
	if helper == nil || helper.typ == graph.Location {
		return nil
	}
	if p := d.tok(k - 1).lower; (p == "it" || p == "they") && helper.typ == graph.Person {
		return nil // "it" is a state or body, not the person quoted
	}
	_, end := d.clause(v)
	parts := []*entity{helper}
	given := false
	deal := pledgeDeals[d.toks[v].lower]
	for j, sp := range d.walk(hi, min(end, hi+10)) {
		t := d.toks[j]
		if t.text == "," || t.lower == "and" || t.lower == "that" || t.lower == "but" {
			break // "stood ready to help, and that the Union ...": another clause
		}
		if deliveredArms[t.lower] && pledgeModals[d.toks[k].lower] {
			return nil // "would send three extra radar systems": aid announced, no offer
		}
		if pledgeObjects[t.lower] || aidNouns[t.lower] || deal && (dealObjects[t.lower] || goodsNouns[t.lower]) {
			given = true
		}
		if d.trigAt[j] {
			break // "ready to help end the war": the war is no help
		}
		if e := actorOf(sp); e != nil && !slices.Contains(parts, e) {
			parts = append(parts, e)
		}
	}
	if len(parts) < 2 && !given || deal && !given {
		return nil // "pledged to expand cooperation with Kenya": no business named
	}
	return &eventMention{lo: v, hi: hi, sent: si, typ: graph.Proposal, verb: true, noun: d.spanText(v, hi),
		mod: graph.Possible, parts: parts, offeredBy: []*entity{helper}}
}

// addPledgeMention puts the pledge of sentence si, if any, among the
// sentence's mentions from start on, in text order.
func (d *doc) addPledgeMention(si, start int) {
	if m := d.pledgeMention(si, start); m != nil {
		d.insertMention(start, m)
	}
}

// insertMention puts m among the mentions from start on, in text order:
// mentions a sentence shape makes come after its trigger mentions, yet
// later steps read them in the order of the text.
func (d *doc) insertMention(start int, m *eventMention) {
	i := start
	for i < len(d.evs) && d.evs[i].lo < m.lo {
		i++
	}
	d.evs = slices.Insert(d.evs, i, m)
}

// pledgeEventAt reports whether the mention at j is a pledge of help, so
// that a readiness reaching it still tells who is helped.
func (d *doc) pledgeEventAt(j int) bool {
	m := d.evAt[j]
	return m != nil && m.typ == graph.Proposal && len(m.offeredBy) > 0 && givingWord(d.toks[j].lower)
}

// pledgeOnly reports whether every mention of e is a pledge told by its
// sentence's shape ("pledged to invest", "would provide"), which no later
// "the deal" names.
func (d *doc) pledgeOnly(e *event) bool {
	for _, m := range e.mentions {
		if m.typ != graph.Proposal || !m.verb || len(m.offeredBy) == 0 || !givingWord(d.toks[m.lo].lower) {
			return false
		}
	}
	return true
}

// givingWord reports whether w gives help or does business in a pledge.
func givingWord(w string) bool {
	return readyAidVerbs[w] || pledgeGivers[w] || pledgeDeals[w]
}

// pledgeApart reports whether a pledge of help is another offer than the
// proposal e: one helper's pledge is not another's plan.
func (d *doc) pledgeApart(e *event, m *eventMention) bool {
	if len(m.offeredBy) == 0 || !m.verb || !givingWord(d.toks[m.lo].lower) {
		return false
	}
	for _, o := range e.mentions {
		if hasEntity(o.offeredBy, m.offeredBy[0]) {
			return false
		}
	}
	return true
}

// subjectAdjoins reports whether the word before the modal at k ends an
// actor's name or is a pronoun: "Beijing would provide", "it will fund";
// not "ties would help" or a speaker several clauses back.
func (d *doc) subjectAdjoins(k int) bool {
	p := k - 1
	if p < 0 {
		return false
	}
	if pronouns[d.toks[p].lower] || d.toks[p].lower == "it" || d.toks[p].lower == "they" {
		return true
	}
	sp, e := d.actorAt(p)
	return e != nil && sp.hi == k
}
