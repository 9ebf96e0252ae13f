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
	if d.relativeBlame(k, si) || d.complaintAt(k, si) {
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
	case condemnVerbs[w]:
		typ = graph.Condemned
	case w == "called" || w == "calling" || w == "calls" || w == "call":
		switch d.tok(k + 1).lower {
		case "for":
			typ = graph.Demanded
		case "on":
			typ = graph.Demanded
		default:
			if d.calledCondemnation(k) {
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
			} else if ev := d.calledEventBlame(k); ev != nil {
				// "called the move 'economic aggression'"
				src := d.subjectBefore(k, si)
				if src == nil && d.tok(k-1).text == "," {
					src = d.participleSubject(k, si) // "..., calling the warrant "politically motivated""
				}
				if src != nil {
					d.addClaim(claim{src: ent(src), dst: evt(ev), typ: graph.Criticized, mod: d.modalityAt(k), sent: si, conf: 0.5})
				}
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
	case rejectVerbs[w]:
		typ = graph.Rejected
		if w == "ruled" && d.tok(k+1).lower != "out" {
			return
		}
		if w == "ruled" && d.modalityAt(k+1) == graph.Possible {
			return // "has not ruled out": a possibility, not a rejection
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
	case agreeVerbs[w]:
		typ = graph.Agreed
	case w == "came" && d.tok(k+1).lower == "to" && d.tok(k+2).lower == "terms":
		typ = graph.Agreed
	case threatenVerbs[w]:
		typ = graph.Threatened
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
	mod := d.modalityAt(k)
	if endorseVerbs[w] {
		mod = graph.Asserted // refusing to endorse is a rejection made
	}
	if w == "must" {
		// "Russia must show ...": the speaker demands it of the subject.
		spk := d.speakerOf(si)
		if sp, e := d.actorAt(max(k-1, 0)); e != nil && spk != nil && sp.hi == k {
			d.addClaim(claim{src: ent(spk), dst: ent(e), typ: graph.Demanded, mod: graph.Asserted, sent: si, conf: 0.5})
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
	if aimOnly(d, k) && (typ == graph.Criticized || typ == graph.Condemned) {
		return // "any attempt to blame Russia": an aim, not an act
	}
	src := d.subjectBefore(k, si)
	evs, actors := d.objectsAfter(k)
	if c := d.coordinatedSubject(k, si); c != nil && (src == nil || src == d.speakerOf(si) || hasEntity(actors, src)) {
		// "X condemned the raid as "a crime" and accused Y of ...": the
		// quote cuts the clause; the verb shares the sentence's subject.
		src = c
	}
	srcs := []*entity{src}
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
	if len(evs) == 0 && len(actors) == 0 && (d.tok(k+1).lower == "it" || d.tok(k+1).lower == "this" || d.actNounAfter(k)) && (typ == graph.Condemned || typ == graph.Criticized || typ == graph.Rejected) {
		// "Ghana and Togo condemned it": the latest event named before.
		if e := d.latestEvent(k); e != nil {
			evs = append(evs, e)
		}
	}
	referred := false
	if len(evs) == 0 && len(actors) == 0 {
		if e := d.referentEvent(k, typ); e != nil {
			evs, referred = append(evs, e), true // "Ankara rejected the accusation"
		}
	}
	conf := 0.6
	switch typ {
	case graph.Demanded, graph.Offered:
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
		if len(evs) == 0 && len(actors) > 0 {
			d.addClaim(claim{src: ent(src), dst: ent(actors[0]), typ: typ, mod: mod, sent: si, conf: 0.5})
		}
	case graph.Threatened:
		if len(actors) > 0 {
			d.addClaim(claim{src: ent(src), dst: ent(actors[0]), typ: typ, mod: mod, sent: si, conf: conf})
		}
	default: // criticism and condemnation: every actor or event named
		actors = d.directObjects(k, actors)
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
	var out []*entity
	for _, e := range actors {
		for _, si := range e.spans {
			if sp := d.spans[si]; sp.lo > k && sp.lo < stop {
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
	si := int(d.sentOf[k])
	for i := d.evStart[si+1] - 1; i >= 0 && i >= d.evStart[max(si-2, 0)]; i-- {
		if m := d.evs[i]; m.lo < k && m.ev != nil {
			return m.ev
		}
	}
	return nil
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

var condemnWords = setOf("terrorism", "terror", "crime", "crimes", "atrocity", "barbaric", "horrific", "unacceptable", "genocide", "massacre", "outrageous", "war")

// blameWords judge an action harshly: "called China's actions
// 'dangerous'".
var blameWords = setOf("dangerous", "provocative", "reckless", "irresponsible", "illegal", "unlawful", "aggressive",
	"destabilising", "destabilizing", "escalatory", "unacceptable", "outrageous", "shameful", "irrational",
	"hostile", "unjustified", "unfair", "unreasonable", "baseless", "absurd", "deplorable", "regrettable", "violation",
	"mistake", "error", "provocation", "aggression", "interference", "blackmail", "escalation", "threat",
	"politically", "bullying", "coercion", "coercive", "lie", "lies", "sham", "fraud", "fraudulent", "farce",
	"fabrication", "fabricated", "propaganda", "slander", "smear", "disrespectful", "travesty", "insult", "insulting",
	"unjust", "illegitimate", "hypocritical", "disgraceful", "betrayal", "unilateral", "discriminatory", "inaccurate",
	"misguided", "counterproductive", "unwarranted", "irresponsibility", "arbitrary", "abusive")

// calledBlame reads "called X's actions dangerous": the actor whose deeds
// are judged.
func (d *doc) calledBlame(k int) *entity {
	sp, e := d.actorAt(min(k+1, len(d.toks)-1))
	if e != nil && sp.country && e.typ == graph.Country && d.tok(sp.hi).kind == tokWord && !d.tok(sp.hi).cap && d.spanAt[sp.hi] == 0 {
		// "calling the Israeli account a fabrication": the demonym's state
		// owns what is judged.
		return d.blameWithin(sp.hi, e)
	}
	if e == nil || d.tok(sp.hi).lower != "'s" {
		return nil
	}
	return d.blameWithin(sp.hi+1, e)
}

// blameWithin returns e when a word of blame follows from within a few
// words of its clause.
func (d *doc) blameWithin(from int, e *entity) *entity {
	_, hi := d.clause(from - 1)
	for j := from; j < len(d.toks) && j < from+7 && j <= hi+3; j++ {
		if blameWords[d.toks[j].lower] {
			return e
		}
	}
	return nil
}

// calledCondemnation reads "called the raid 'an act of terror'".
func (d *doc) calledCondemnation(k int) bool {
	_, hi := d.clause(k + 1)
	for j := k + 1; j < min(hi+4, k+10, len(d.toks)); j++ {
		if condemnWords[d.toks[j].lower] {
			return true
		}
	}
	return false
}

// describedAsBlame reads "described the raid as an error"; "described
// the handover as a sign of trust" blames no one.
func (d *doc) describedAsBlame(k int) bool {
	for j := k + 1; j < min(k+6, len(d.toks)); j++ {
		if d.toks[j].lower == "as" {
			for n := j + 1; n < min(j+6, len(d.toks)); n++ {
				if blameWords[d.toks[n].lower] || condemnWords[d.toks[n].lower] {
					return true
				}
			}
			return false
		}
	}
	return false
}

// actNouns stand for an event named before: "denounced the despicable act".
var actNouns = setOf("act", "acts", "incident", "incidents", "atrocity", "atrocities", "crime", "crimes", "outrage", "tragedy")

// actNounAfter reports whether the object of the verb at k is an act noun,
// over quotes, "the" and adjectives.
func (d *doc) actNounAfter(k int) bool {
	for j := k + 1; j < min(k+6, len(d.toks)); j++ {
		t := d.toks[j]
		if actNouns[t.lower] {
			return true
		}
		if t.kind == tokPunct && t.text != "\"" && t.text != "“" && t.text != "”" || t.cap || d.spanAt[j] != 0 {
			return false
		}
	}
	return false
}

// aidAt reads "assistance to Ukraine", "weapons to Kyiv".
func (d *doc) aidAt(k, si int) {
	j := k + 1
	_, chi := d.clause(k)
	for j < chi && j < k+14 && d.toks[j].lower != "to" && !d.trigAt[j] {
		j++
	}
	if d.tok(j).lower != "to" {
		return
	}
	_, dst := d.actorAt(min(j+1, len(d.toks)-1))
	if dst == nil && d.tok(j+1).lower == "the" {
		_, dst = d.actorAt(min(j+2, len(d.toks)-1)) // "weapons to the Houthis"
	}
	if dst == nil {
		return
	}
	src := d.subjectBefore(k, si)
	if src == nil || src == dst {
		return
	}
	d.addClaim(claim{src: ent(src), dst: ent(dst), typ: graph.Aided, mod: d.modalityAt(k), sent: si, conf: 0.5})
}

// endorseVerbs, negated, reject what they take: "would not recognise the
// results", "refused to endorse the vote".
var endorseVerbs = setOf("recognise", "recognize", "endorse", "acknowledge")

var backVerbs = setOf("backed", "supported", "armed", "funded", "sponsored", "financed")

// backedAt reads "M23 rebels backed by Rwanda" and "Iran-backed Houthis":
// the backer aids the backed.
func (d *doc) backedAt(k, si int) {
	var src, dst *entity
	switch {
	case d.tok(k+1).lower == "by":
		_, src = d.actorAt(min(k+2, len(d.toks)-1))
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			if sp, e := d.actorAt(j); e != nil {
				dst = e
				break
			} else if sp != nil {
				j = sp.lo
			}
		}
		if dst == nil {
			dst = d.relativeHead(k) // "the FLS, which Bamako says is backed by Algeria"
		}
	case d.tok(k-1).text == "-" && !d.tok(k-1).space:
		_, src = d.actorAt(max(k-2, 0))
		for j := k + 1; j < len(d.toks) && j <= k+3; j++ {
			if _, e := d.actorAt(j); e != nil {
				dst = e
				break
			}
		}
	default:
		src, dst = d.activeBacking(k, si)
	}
	if src != nil && dst != nil && src != dst {
		d.addClaim(claim{src: ent(src), dst: ent(dst), typ: graph.Aided, mod: d.modalityAt(k), sent: si, conf: 0.6})
	}
}

// activeBacking reads "Cairo has backed the army", "Tehran, which has
// armed the militia, ...": the subject aids the state or group the verb
// takes. A person backed is an endorsement and a possessive ("backed
// Kenya's plan") a stance on a thing, so neither is read.
func (d *doc) activeBacking(k, si int) (src, dst *entity) {
	a := k - 1
	if w := d.tok(a).lower; w == "long" || strings.HasSuffix(w, "ly") && !d.tok(a).cap {
		a-- // "has long armed", "has openly backed"
	}
	if w := d.toks[k].lower; w == "supported" || !auxWords[d.tok(a).lower] {
		return nil, nil // a bare past participle may be passive or adjectival; only "has backed" is plainly active
	}
	j := k + 1
	if d.tok(j).lower == "the" {
		j++
	}
	sp, e := d.actorAt(min(j, len(d.toks)-1))
	if e == nil || e.typ == graph.Person || sp.lo != j || d.tok(sp.hi).lower == "'s" || d.tok(sp.hi).text == "'" {
		return nil, nil
	}
	if d.tok(a-1).lower == "which" || d.tok(a-1).lower == "who" {
		src = d.relativeHead(k)
	} else {
		src = d.subjectBefore(k, si)
	}
	return src, e
}

// relativeHead returns the actor a relative clause around k describes:
// "X, which ... is backed by Y" gives X.
func (d *doc) relativeHead(k int) *entity {
	s := d.sents[d.sentOf[k]]
	for j := k - 1; j > s.lo && j >= k-12; j-- {
		if w := d.toks[j].lower; (w == "which" || w == "who") && d.tok(j-1).text == "," {
			if sp := d.spanBefore(j - 1); sp != nil && sp.ent != nil && sp.ent.typ != graph.Location {
				return sp.ent
			}
			// "The FLS rebel alliance, which": the name before the group noun
			for n := j - 2; n > s.lo && n >= j-5; n-- {
				if _, e := d.actorAt(n); e != nil {
					return e
				}
			}
			return nil
		}
	}
	return nil
}

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
