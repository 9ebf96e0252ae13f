package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// predicateAt reads a relation verb at token k.
func (d *doc) predicateAt(k, si int) {
	w := d.toks[k].lower
	if askVerbs[w] && d.askRelations(k, si) {
		return
	}
	d.importBans(k, si)
	d.blamedGroup(k, si)
	if d.relativeAccused(k, si) || d.relativeBlame(k, si) || d.chargeReply(k, si) || d.complaintAt(k, si) || d.opposedReferent(k, si) {
		return
	}
	var typ graph.RelationType
	switch {
	case d.phrasalBlame(k) || d.letdownAt(k):
		typ = graph.Criticized
	case criticizeVerbs[w]:
		typ = graph.Criticized
		if w == "described" && !d.describedAsBlame(k) {
			return
		}
		if impactPreps[d.tok(k+1).lower] {
			return // "missiles slammed into apartment blocks": a blow, not a rebuke
		}
	case condemnVerbs[w]:
		typ = graph.Condemned
	case w == "called" || w == "calling" || w == "calls" || w == "call" || namingVerbs[w]:
		switch next := d.tok(k + 1).lower; {
		case (next == "for" || next == "on") && !namingVerbs[w]:
			if d.callNoun(k) {
				return // "in a phone call on Sunday": a call made, not a call on anyone
			}
			typ = graph.Demanded
		default:
			if d.calledCondemnation(k) {
				if ev, _ := d.calledObject(k); ev != nil {
					// "called the penalties "an offence against the Cuban people"": the
					// measures are condemned; a people inside the judgement is their victim.
					d.calledEventClaim(k, si, ev, graph.Condemned)
					return
				}
				typ = graph.Condemned
			} else if e := d.calledBlame(k); e != nil {
				// "called China's actions 'dangerous'"
				src := d.subjectBefore(k, si)
				if src == nil && d.tok(k-1).text == "," {
					src = d.participleSubject(k, si) // "..., calling the Israeli account a fabrication"
				}
				if src != nil && src != e {
					mod := d.modalityAt(k)
					if mod == graph.Denied && d.tok(k-1).text == "," && strings.HasSuffix(w, "ing") {
						mod = graph.Asserted // "denied the report, calling it a lie": the denial is another clause's
					}
					d.addClaim(claim{src: ent(src), dst: ent(e), typ: graph.Criticized, mod: mod, sent: si, conf: 0.55})
				}
				return
			} else if ev, rel := d.calledEventBlame(k); ev != nil {
				d.calledEventClaim(k, si, ev, rel) // "called the move 'economic aggression'"
				return
			} else {
				return
			}
		}
	case demandVerbs[w]:
		typ = graph.Demanded
		if determiners[d.tok(k-1).lower] || d.tok(k-1).lower == "its" || d.tok(k-1).lower == "their" {
			return // "its demands": a noun
		}
		if w == "insisted" && d.tok(k+1).lower != "on" {
			return
		}
		if (w == "press" || w == "push" || w == "pressing" || w == "pushing") && !d.verbReading(k) {
			return
		}
		if _, ok := d.askedBefore(k - 1); ok {
			return // "urged the EU to press Ethiopia to sign": the asked would press; no one has yet
		}
	case rejectVerbs[w]:
		typ = graph.Rejected
		if w == "ruled" && d.tok(k+1).lower != "out" {
			return
		}
		if w == "ruled" && d.modalityAt(k+1) == graph.Possible {
			return // "has not ruled out": a possibility, not a rejection
		}
		if d.refusedExclusion(k) {
			return // "refused to rule out a meeting": the meeting stays possible
		}
		if d.dismissedPartyAs(k) {
			typ = graph.Criticized
		}
	case endorseVerbs[w] && d.modalityAt(k) == graph.Denied && d.subjectInClause(k):
		typ = graph.Rejected // "would not recognise the verdict"
	case denyVerbs[w]:
		if _, j := d.objectNoun(k, accusationNouns); j < 0 {
			return
		}
		typ = graph.Rejected // "the Kremlin denied the accusations"
	case offerVerbs[w]:
		typ = graph.Offered
		if d.offerNounAt(k) && d.offerNounClaims(k, si) {
			return // "rejected offers of talks from Seoul": Seoul offers
		}
	case agreeVerbs[w]:
		typ = graph.Agreed
	case w == "came" && d.tok(k+1).lower == "to" && d.tok(k+2).lower == "terms":
		typ = graph.Agreed
	case threatenVerbs[w]:
		typ = graph.Threatened
		if d.thingThreatens(k) {
			return // "said the pact threatens Greece's security": the pact threatens, not the speaker
		}
		if strings.HasPrefix(w, "warn") {
			// "warning the rebels that a heavy price will follow": a threat to
			// someone; "warned that prices would rise" is not.
			if _, e := d.actorAt(min(k+1, len(d.toks)-1)); e == nil && !(d.tok(k+1).lower == "the" && d.actorNear(k+2)) {
				return
			}
		}
	case (w == "need" || w == "needs" || w == "want" || w == "wants") && d.tok(k+1).lower == "to" && d.tok(k+2).lower == "see":
		typ = graph.Demanded
	case aidNouns[w]:
		d.aidAt(k, si)
		return
	case goodsNouns[w] && d.sentBefore(k):
		d.aidAt(k, si) // "sent several tankers of oil to Cuba"
		return
	case pledgeVerbs[w]:
		d.pledgeAt(k, si)
		return
	case helpVerbs[w] || w == "help" && d.helpVerb(k):
		d.helpedAt(k, si)
		return
	case supplyVerbs[w] && d.tok(k+1).lower != "that":
		d.supplyAt(k, si)
		return
	case lodgeVerbs[w] || w == "criticism" || w == "criticisms":
		d.protestAt(k, si)
		return
	case backVerbs[w]:
		d.backedAt(k, si)
		return
	case concernWords[w]:
		d.concernAt(k, si)
		return
	case suspendVerbs[w]:
		d.suspendedAt(k, si)
		return
	case (w == "claimed" || w == "claims" || w == "claiming") && d.tok(k+1).lower == "responsibility":
		d.claimedAt(k, si)
		return
	default:
		return
	}
	judging := typ == graph.Condemned || typ == graph.Criticized
	if judging && d.passiveStance(k, si, typ) {
		return
	}
	mod := d.modalityAt(k)
	if endorseVerbs[w] {
		mod = graph.Asserted // refusing to endorse is a rejection made
	}
	if judging && d.withheldStance(k) {
		mod = graph.Denied // "has yet to condemn", "declined to criticise"
	}
	if mod == graph.Denied && d.coordinatedVerb(k) && !d.negatedRule(k) && typ != graph.Rejected {
		mod = graph.Asserted // "denied the report and accused Y of ...": the denial is the other verb's
	}
	if mod == graph.Possible && d.refusedBacking(k) {
		mod = graph.Asserted // "failed to agree after X refused to back it": the refusal is told as made
	}
	if w == "must" {
		// "Russia must show ...": the speaker demands it of the subject.
		spk := d.speakerOf(si)
		if sp, e := d.actorAt(max(k-1, 0)); e != nil && spk != nil && sp.hi == k {
			spks := d.openingList(spk, si) // "Britain, France and Germany said Tehran must ...": all three demand
			if spks == nil {
				spks = []*entity{spk}
			}
			for _, s := range spks {
				if s != e {
					d.addClaim(claim{src: ent(s), dst: ent(e), typ: graph.Demanded, mod: graph.Asserted, sent: si, conf: 0.5})
				}
			}
		}
		for g := 2; g <= 3 && spk != nil; g++ {
			// "Both sides must now show leadership"
			if k-g >= 0 && d.groupWords(k-g) == g {
				for _, e := range d.lastPair(k - g) {
					d.addClaim(claim{src: ent(spk), dst: ent(e), typ: graph.Demanded, mod: graph.Asserted, sent: si, conf: 0.4})
				}
			}
		}
		return
	}
	if typ == graph.Agreed {
		return // read by findAgreements
	}
	if judging && aimOnly(d, k) {
		return // "any attempt to blame Russia": an aim, not an act
	}
	src := d.relativeSubject(k) // "according to the network, which blamed the RSF"
	if src == nil {
		src = d.subjectBefore(k, si)
	}
	if typ == graph.Demanded {
		if c := d.leadingSubject(k, si, src); c != nil {
			src = c // "X lodged a protest with envoy Y and demanded that ...": X demands
		}
	}
	evs, actors := d.objectsAfter(k)
	if typ == graph.Demanded && d.unnamedAsked(k) {
		actors = nil // "urged mediators to push Israel": Israel is pushed by those asked, not asked
	}
	if judging {
		evs, actors = d.stanceObjects(k, evs, actors)
		if ev := d.whatCalledReferent(k); ev != nil {
			evs, actors = []*event{ev}, nil // "condemned what he called a massacre"
		}
	}
	if c := d.coordinatedSubject(k, si); c != nil && (src == nil || src == d.speakerOf(si) || hasEntity(actors, src) || judging && d.thingDemonym(d.subjectSpan(k, si, src))) {
		// "X condemned the raid as "a crime" and accused Y of ...": the
		// quote cuts the clause; the verb shares the sentence's subject.
		src = c
	}
	if i := d.reportedActVerb(k, si); i >= 0 {
		// "X said Y would respond and accused Z": X accuses, and the modal
		// is Y's; an unnamed teller leaves the act to no one.
		src, mod = d.subjectBefore(i, si), graph.Asserted
	}
	if typ == graph.Demanded {
		if b := d.textBody(k, si); b != nil {
			src = b // "The resolution demands that ...": the body that passed it
		}
	}
	srcs := []*entity{src}
	if judging {
		if p := d.participleStanceSubjects(k, si); len(p) > 1 || len(p) == 1 && p[0] != src {
			srcs = p // "X triggered the mechanism, accusing Iran of ...": X accuses
		}
	}
	if g := d.groupSubject(k); len(g) == 2 && (src == nil || src == d.speakerOf(si)) {
		srcs = g // "Both leaders condemned the launch"
	}
	if g := d.sharedGroupSubject(k); g != nil {
		srcs = g // "The two ministers called on X ... and urged Y ..."
	}
	if l := d.listSubject(k); l != nil && (src == nil || hasEntity(l, src)) {
		srcs = l // "Ghana, Benin and Togo condemned the raid"
		var rest []*entity
		for _, a := range actors {
			if !hasEntity(l, a) {
				rest = append(rest, a) // "..., with the AU warning ...": a party of the list, not its object
			}
		}
		actors = rest
	}
	if judging && d.mutualObject(k) {
		d.mutualClaims(si, typ, mod, srcs) // "Ankara and Tehran blamed each other"
		return
	}
	for _, src := range srcs {
		if src != nil {
			d.predicateClaims(k, si, typ, mod, src, evs, actors)
		}
	}
}

// predicateClaims states the relations of the predicate at k from src to
// the events and actors it takes.
func (d *doc) predicateClaims(k, si int, typ graph.RelationType, mod graph.Modality, src *entity, evs []*event, actors []*entity) {
	w := d.toks[k].lower
	referred := false
	if len(evs) == 0 && len(actors) == 0 && (d.pronounObject(k) || d.actNounAfter(k)) && (typ == graph.Condemned || typ == graph.Criticized || typ == graph.Rejected) {
		// "Ghana and Togo condemned it": the latest event named before.
		if e := d.latestEvent(k); e != nil {
			evs, referred = append(evs, e), true
		} else if e := d.actReferent(k); e != nil {
			evs, referred = append(evs, e), true
		}
	}
	if len(evs) == 0 && typ == graph.Rejected {
		if e := d.rejectedAsk(k); e != nil {
			// "dismissed the G7 call": what the call asked for, not the
			// caller; with nothing asked told, the caller stays the object.
			d.addClaim(claim{src: ent(src), dst: evt(e), typ: typ, mod: mod, sent: si, conf: 0.5})
			return
		}
	}
	if len(evs) == 0 && len(actors) == 0 {
		if e := d.referentEvent(k, typ); e != nil && !(typ == graph.Rejected && e.typ == graph.Statement && d.toldIn(e, si)) {
			evs, referred = append(evs, e), true // "Ankara rejected the accusation"
		}
	}
	if len(evs) == 0 && len(actors) == 0 && typ == graph.Rejected {
		if a := d.accuserOf(k, src); a != nil {
			d.addClaim(claim{src: ent(src), dst: ent(a), typ: typ, mod: mod, sent: si, conf: 0.5}) // "rejected the accusation" with no statement told: its maker
			return
		}
	}
	conf := 0.6
	switch typ {
	case graph.Demanded, graph.Offered:
		if typ == graph.Demanded {
			mod = d.askModality(k, mod)
		}
		if len(evs) > 0 && typ == graph.Offered && offeredAlready(evs[0], src) {
			return // "proposed resuming talks, but only if ...": the proposal states the offer with its condition
		}
		if len(evs) > 0 {
			d.addClaim(claim{src: ent(src), dst: evt(evs[0]), typ: typ, mod: mod, sent: si, conf: conf})
			return
		}
		if len(actors) > 0 && typ == graph.Demanded {
			d.addClaim(claim{src: ent(src), dst: ent(actors[0]), typ: typ, mod: mod, sent: si, conf: 0.5})
			if list := d.listAfter(k); len(list) > 1 && list[0] == actors[0] {
				for _, a := range list[1:] {
					if a != src {
						d.addClaim(claim{src: ent(src), dst: ent(a), typ: typ, mod: mod, sent: si, conf: 0.45})
					}
				}
			}
		}
	case graph.Rejected:
		if len(evs) > 0 && w != "ruled" && !referred {
			return // read by findAgreements
		}
		for _, e := range evs {
			d.addClaim(claim{src: ent(src), dst: evt(e), typ: typ, mod: mod, sent: si, conf: conf})
		}
		if len(evs) == 0 && len(actors) > 0 && !d.reportClauseAfter(k) && d.rejectedDirectly(k, actors[0]) {
			// "rejected reports that it sent troops to X" rejects a report, not X
			d.addClaim(claim{src: ent(src), dst: ent(actors[0]), typ: typ, mod: mod, sent: si, conf: 0.5})
		}
	case graph.Threatened:
		if len(actors) == 0 {
			if c := d.threatenedCountry(k); c != nil {
				actors = []*entity{c} // "threatened military action against the country"
			}
		}
		actors = d.withoutOwnSide(src, actors)
		if len(actors) > 0 {
			d.addClaim(claim{src: ent(src), dst: ent(actors[0]), typ: typ, mod: mod, sent: si, conf: conf})
		}
	default: // criticism and condemnation: every actor or event named
		actors = d.withoutOwners(k, d.directObjects(k, actors))
		if len(actors) == 0 {
			if c := d.governmentObject(k); c != nil && c != src {
				actors = []*entity{c} // "criticised the government": the state the report is about
			}
		}
		if blameOnly[w] {
			evs = d.eventsBeforeFor(k, evs)
		}
		if len(evs) > 0 && d.eventFirst(k) {
			// "condemned a naval exercise by Japan and Australia": the exercise,
			// not the parties named inside its phrase.
			d.addClaim(claim{src: ent(src), dst: evt(evs[0]), typ: typ, mod: mod, sent: si, conf: conf})
			return
		}
		if len(actors) > 0 {
			evs = d.withoutSettings(k, evs)
			for _, a := range actors {
				d.addClaim(claim{src: ent(src), dst: ent(a), typ: typ, mod: mod, sent: si, conf: conf})
			}
			if w == "accusing" || w == "accused" || w == "accuses" || w == "blamed" {
				return
			}
		}
		if len(evs) > 0 {
			d.addClaim(claim{src: ent(src), dst: evt(evs[0]), typ: typ, mod: mod, sent: si, conf: conf})
		}
	}
}

// directObjects keeps the actors a verb at k takes before its reason
// ("criticized Paris for acting ... without consulting Malians"
// criticises Washington only).
func (d *doc) directObjects(k int, actors []*entity) []*entity {
	_, hi := d.clause(k)
	stop := hi
	for j := k + 1; j < hi; j++ {
		switch d.toks[j].lower {
		case "for", "over", "without", "because", "after", "while", "when":
			stop = j
		case "of":
			if strings.HasPrefix(d.toks[k].lower, "accus") && !d.memberOf(j) {
				stop = j // "accused Eritrea of arming rebels ..., a claim Asmara rejects"
			}
		}
		if stop != hi {
			break
		}
	}
	return d.actorsNamedWithin(actors, k, stop)
}

// actorsNamedWithin keeps those of actors with a name that starts after k
// and before end, in their order and each once: the objects a verb at k
// takes before what ends them.
func (d *doc) actorsNamedWithin(actors []*entity, k, end int) []*entity {
	var out []*entity
	for _, e := range actors {
		for _, si := range e.spans {
			if sp := d.spans[si]; sp.lo > k && sp.lo < end {
				out = appendUnique(out, e)
				break
			}
		}
	}
	return out
}

// eventFirst reports whether the first thing a predicate at k takes is an
// event word rather than an actor: "denounced the raids as ...".
func (d *doc) eventFirst(k int) bool {
	_, hi := d.clause(k)
	for j := k + 1; j < hi && j < k+8; j++ {
		if d.trigAt[j] {
			return true
		}
		if _, e := d.actorAt(j); e != nil {
			return false
		}
	}
	return false
}

// latestEvent returns the event of the latest mention before token k,
// within two sentences.
func (d *doc) latestEvent(k int) *event {
	return d.latestMention(k, 2, func(*eventMention) bool { return true })
}

// verbReading reports whether "press" or "push" at k is a verb: followed
// by an actor or "for"/"to"/"ahead", and not after a determiner.
func (d *doc) verbReading(k int) bool {
	if determiners[d.tok(k-1).lower] {
		return false
	}
	switch d.tok(k + 1).lower {
	case "for", "to":
		return true
	case "ahead", "on":
		return false // "vowing to push on": to carry on, not to demand
	}
	_, e := d.actorAt(min(k+1, len(d.toks)-1))
	return e != nil
}

// endorseVerbs, negated, reject what they take: "would not recognise the
// results", "refused to endorse the vote".
var endorseVerbs = setOf("recognise", "recognize", "endorse", "acknowledge")

// claimedAt reads "X claimed responsibility (for the attack)": X carried out
// the latest attack.
func (d *doc) claimedAt(k, si int) {
	src := d.subjectBefore(k, si)
	if src == nil {
		return
	}
	for i := d.evStart[si+1] - 1; i >= 0 && i >= d.evStart[si+1]-30; i-- {
		if m := d.evs[i]; m.typ == graph.Attack && m.ev != nil && m.lo < k {
			d.addClaim(claim{src: ent(src), dst: evt(m.ev), typ: graph.Perpetrated, mod: graph.Asserted, sent: si, conf: 0.7})
			if m.ev.loc != nil && m.ev.loc.typ == graph.Location && !wideKinds[m.ev.loc.kind] {
				// A city struck is attacked; a province it happened in is not.
				d.addClaim(claim{src: ent(src), dst: ent(m.ev.loc), typ: graph.Attacked, mod: graph.Asserted, sent: si, conf: 0.6})
			}
			if m.ev.perp == nil {
				m.ev.perp = src
				m.ev.parts = appendUnique(m.ev.parts, src)
			}
			return
		}
	}
}

// subjectInClause reports whether the clause of k names its subject before
// k, as an actor or a pronoun: "but opposition groups refused to recognise"
// has a subject no actor stands for, so the sentence's first is not it.
func (d *doc) subjectInClause(k int) bool {
	lo, _ := d.clause(k)
	for j := lo; j < k; j++ {
		if _, e := d.actorAt(j); e != nil {
			return true
		}
		if w := d.toks[j].lower; w == "it" || w == "he" || w == "she" || w == "they" {
			return true
		}
	}
	return false
}
