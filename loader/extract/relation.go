package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// nodeRef is an end of a relation: an entity or an event.
type nodeRef struct {
	ent *entity
	ev  *event
}

func (n nodeRef) id() string {
	switch {
	case n.ent != nil:
		return n.ent.id
	case n.ev != nil:
		return n.ev.id
	}
	return ""
}

func ent(e *entity) nodeRef { return nodeRef{ent: e} }

func evt(e *event) nodeRef { return nodeRef{ev: e} }

// claim is one relation the article states, before ids are final.
type claim struct {
	src, dst nodeRef
	typ      graph.RelationType
	mod      graph.Modality
	sent     int
	conf     float64
	role     string
	speaker  *entity
}

func (d *doc) addClaim(c claim) {
	if c.src.ent == nil && c.src.ev == nil || c.dst.ent == nil && c.dst.ev == nil {
		return
	}
	if c.src.ent != nil && c.src.ent == c.dst.ent || c.src.ev != nil && c.src.ev == c.dst.ev {
		return
	}
	if c.mod == "" {
		c.mod = graph.Asserted
	}
	if c.speaker == nil {
		c.speaker = d.speakerOf(c.sent)
	}
	d.claims = append(d.claims, c)
}

// dropClaims removes every claim drop reports from d.claims, keeping the
// rest in order. The list is compacted in place behind the loop, so drop
// may still read the claims after the one it is given.
func (d *doc) dropClaims(drop func(c claim) bool) {
	kept := d.claims[:0]
	for _, c := range d.claims {
		if !drop(c) {
			kept = append(kept, c)
		}
	}
	d.claims = kept
}

// verb classes of relations stated by a predicate.
var (
	// "blast" and "regret" are nouns as well, so only their forms read as
	// verbs are listed; "deplores" criticises and "deplored" condemns, as
	// written.
	criticizeVerbs = withVerbs(setOf("described", "blasted", "blasting", "regrets", "regretted", "deplores"),
		"criticize", "criticise", "slam", "blame", "accuse", "lambast", "rebuke", "chide", "castigate", "berate")
	condemnVerbs = withVerbs(setOf("deplored"), "condemn", "denounce", "decry")
	// Left out: "presses" and "pushes" (a headline's "presses X on Y" names
	// no demand of X), "pushed" ("has pushed for talks" is a long stance)
	// and "request", a noun as often as a verb.
	demandVerbs = leaveOut(withVerbs(setOf("must"), "demand", "urge", "insist", "press", "push", "request"),
		"presses", "pushes", "pushed", "request")
	rejectVerbs = withVerbs(setOf("ruled"), "reject", "refuse", "dismiss")
	offerVerbs  = verbSet("offer", "propose")
	// "initial" is an adjective as well: its two past spellings are listed.
	agreeVerbs    = withVerbs(setOf("reached", "initialled", "initialed", "inked"), "agree", "sign", "accept")
	threatenVerbs = verbSet("threaten", "warn")
	aidNouns      = setOf("aid", "assistance", "weapons", "arms", "funding", "loans", "support", "equipment", "ammunition",
		"sale", "sales", "troops", "supplies", "deliveries", "shipments", "missiles", "drones", "munitions", "shells",
		"soldiers", "package", "loan", "grant", "grants", "credit", "credits")
)

// findRelations states the relations of events, predicates, titles and
// place names.
func (d *doc) findRelations() {
	d.electionResultParties()
	d.electionExclusions()
	for _, a := range d.agrees {
		for _, e := range a.subjects {
			if a.target.ev != nil {
				d.addClaim(claim{src: ent(e), dst: evt(a.target.ev), typ: a.typ, mod: a.mod, sent: a.sent, conf: 0.65})
			}
		}
	}
	d.cosignerMeetings()
	d.agreedStates()
	d.eventRelations()
	d.actParticipants()
	d.voteRoles()
	d.dropStateOfTown()
	d.dropHolders()
	d.titleRelations()
	d.placeRelations()
	for si, s := range d.sents {
		if s.heading {
			continue
		}
		for k := s.lo; k < s.hi; k++ {
			d.predicateAt(k, si)
		}
		d.conditionRelations(si)
		d.threatRelations(si)
		d.forbidThreats(si)
		d.readinessRelations(si)
		d.invitationRelations(si)
		d.refusalRelations(si)
		d.reliefRelations(si)
		d.delegationRelations(si)
		d.delegationHeads(si)
		d.quarterPlaces(si)
		d.deedRelations(si)
		d.blameRelations(si)
		d.discreditRelations(si)
		d.peaceDoubtRelations(si)
		d.judgedThatRelations(si)
		d.reportedJudgementRelations(si)
		d.quotedVerdictRelations(si)
		d.whatJudgedRelations(si)
		d.dismayRelations(si)
		d.blameByRelations(si)
	}
	d.meetingSides()
	d.dropSidesOfNamedMeetings()
	d.rejectedOffers()
	d.dropOwnSideStances()
	d.dropWithheldCondemnations()
	d.dropUnattackablePlaces()
	d.calledProtestParties()
}

// eventRelations: who took part, where, who attacked whom.
func (d *doc) eventRelations() {
	for _, m := range d.evs {
		e := m.ev
		if e == nil {
			continue
		}
		conf := 0.6
		switch m.typ {
		case graph.Meeting, graph.Election:
			unclaimed := d.unclaimedParts(m)
			for _, p := range m.parts {
				if hasEntity(unclaimed, p) {
					continue
				}
				d.addClaim(claim{src: ent(p), dst: evt(e), typ: graph.ParticipatedIn, mod: m.mod, sent: m.sent, conf: conf})
			}
			for _, pr := range m.pairs {
				if hasEntity(unclaimed, pr[0]) || hasEntity(unclaimed, pr[1]) {
					continue
				}
				d.addClaim(claim{src: ent(pr[0]), dst: ent(pr[1]), typ: graph.MetWith, mod: m.mod, sent: m.sent, conf: 0.7})
			}
		case graph.Protest:
			d.attackPlaces(m) // "rallies were also held in Kumasi, Tamale and Bolgatanga"
		case graph.Attack:
			for _, p := range m.perps {
				if len(m.perps) < 2 {
					break
				}
				d.addClaim(claim{src: ent(p), dst: evt(e), typ: graph.Perpetrated, mod: m.mod, sent: m.sent, conf: 0.6})
				for _, q := range m.perps {
					if q != p {
						d.addClaim(claim{src: ent(p), dst: ent(q), typ: graph.Attacked, mod: m.mod, sent: m.sent, conf: 0.5})
					}
				}
			}
			if m.perp != nil {
				d.addClaim(claim{src: ent(m.perp), dst: evt(e), typ: graph.Perpetrated, mod: m.mod, sent: m.sent, conf: 0.7})
				for _, t := range m.targets {
					d.addClaim(claim{src: ent(m.perp), dst: ent(t), typ: graph.Attacked, mod: m.mod, sent: m.sent, conf: 0.7})
				}
				if m.loc != nil && m.loc != m.perp && !d.movingTarget(m) {
					d.addClaim(claim{src: ent(m.perp), dst: ent(m.loc), typ: graph.Attacked, mod: m.mod, sent: m.sent, conf: 0.6})
				}
				d.allyClaims(m)
			}
			d.attackPlaces(m)
		case graph.Sanction:
			for _, t := range m.targets {
				for _, p := range append([]*entity{m.perp}, m.perps...) {
					if p != nil && p != t {
						d.addClaim(claim{src: ent(p), dst: ent(t), typ: graph.Sanctioned, mod: m.mod, sent: m.sent, conf: 0.7})
					}
				}
			}
		case graph.Ceasefire, graph.Agreement:
			if m.verb && m.mod == graph.Asserted || m.typ == graph.Agreement && m.mod == graph.Asserted && swapNouns[headKey(m.noun)] {
				// "Israel and Hamas exchanged hostages for prisoners"
				for _, p := range m.parts {
					d.addClaim(claim{src: ent(p), dst: evt(e), typ: graph.Agreed, mod: m.mod, sent: m.sent, conf: 0.6})
				}
			}
		case graph.Proposal:
			if len(m.offeredBy) > 0 {
				// proposed talks: their proposers offer them, below
			} else if m.mod == graph.Possible || m.mod == graph.Conditional || m.verb && offerVerbs[d.toks[m.lo].lower] {
				mod := d.offerModality(m)
				srcs := d.offerers(m)
				if a := d.offerAgents(m.hi - 1); len(a) > 1 && !m.verb {
					srcs = a // "a proposal by Peru and Chile"
				} else if o := d.proposalOwner(m); o != nil {
					srcs = []*entity{o} // "rejected Lee's proposal": Lee offers it
				} else if d.refusedBy(m) {
					srcs = nil // who rejects a plan does not offer it
				}
				for _, src := range srcs {
					d.addClaim(claim{src: ent(src), dst: evt(e), typ: graph.Offered, mod: mod, sent: m.sent, conf: 0.5})
				}
			} else if src := d.offerOwner(m); src != nil {
				d.addClaim(claim{src: ent(src), dst: evt(e), typ: graph.Offered, mod: graph.Asserted, sent: m.sent, conf: 0.55})
			}
		}
		for _, p := range m.offeredBy {
			mod := graph.Asserted
			if m.typ == graph.Proposal && m.mod == graph.Conditional {
				mod = graph.Conditional // "proposed talks, but only if ...": the offer itself holds a condition
			}
			d.addClaim(claim{src: ent(p), dst: evt(e), typ: graph.Offered, mod: mod, sent: m.sent, conf: 0.55})
		}
		if m.loc != nil && e.typ != graph.Sanction {
			// A sanction binds where its target is, but happens nowhere:
			// "sanctions in the United States" names who imposes them.
			d.addClaim(claim{src: evt(e), dst: ent(m.loc), typ: graph.OccurredIn, mod: m.mod, sent: m.sent, conf: 0.7})
			for _, p := range d.listedPlaces(m) {
				d.addClaim(claim{src: evt(e), dst: ent(p), typ: graph.OccurredIn, mod: m.mod, sent: m.sent, conf: 0.5})
			}
		}
	}
}

// unitNouns before "of" name the place that follows: "the port city of
// Mombasa", "the province of Kandahar".
var unitNouns = setOf("city", "town", "village", "province", "region", "district", "port", "governorate", "state", "island", "islands")

// prevAt returns the position of the word prevWord reads for token k.
func (d *doc) prevAt(k int) int {
	j := k - 1
	for j > k-8 && j > 0 && (d.tok(j).lower == "the" || regionAdjectives[d.tok(j).lower]) {
		j--
	}
	return j
}

// swapNouns name an exchange both sides agree to by carrying it out.
var swapNouns = setOf("swap", "exchange", "prisoner swap", "prisoner exchange")

// seizeVerbs take places one after another: "captured Kidal and Tessalit".
var seizeVerbs = setOf("seized", "captured", "recaptured", "retook", "overran", "took", "stormed", "entered")

// attackPlaces: every place an attack's sentence lists as hit ("strikes hit
// five provinces — including Herat, Kunduz ...") is where it occurred.
func (d *doc) attackPlaces(m *eventMention) {
	s := d.sents[m.sent]
	for k, sp := range d.walk(m.hi, s.hi) {
		if d.trigAt[k] || d.quoteClosesAt(k) || speechVerbs[d.toks[k].lower] {
			return // "..., the spokesman told reporters in Kampala": where he spoke
		}
		if sp == nil {
			continue
		}
		if sp.ent == nil || sp.ent.typ != graph.Location || sp.ent == m.loc || d.holdsPlaceBefore(sp) {
			continue
		}
		if unitNouns[d.tok(sp.hi).lower] && d.tok(sp.hi+1).lower == "of" || d.namesUnitOf(sp) {
			continue // "the Black Sea port of Constanta": the port is the place
		}
		if d.hyphenPrefix(sp.hi) {
			continue // "the Moscow-installed head of the region": a backer, not a place hit
		}
		if m.loc != nil && d.ownedQuarter(sp.lo) == m.loc {
			continue // "in Lisbon's Commerce Square": the square is the place
		}
		p := d.prevWord(sp.lo)
		if p == "of" && !unitNouns[d.tok(d.prevAt(sp.lo)-1).lower] {
			continue // "east of Herat": a bearing, not a place hit
		}
		switch p {
		case "in", "on", "including", ",", "and", "at", "hit", "struck", "of", "capital":
			d.addClaim(claim{src: evt(m.ev), dst: ent(sp.ent), typ: graph.OccurredIn, mod: m.mod, sent: m.sent, conf: 0.5})
			if p == "and" && m.verb && m.perp != nil && seizeVerbs[d.toks[m.lo].lower] {
				// "captured Kidal in March and Tessalit in May"
				d.addClaim(claim{src: ent(m.perp), dst: ent(sp.ent), typ: graph.Attacked, mod: m.mod, sent: m.sent, conf: 0.5})
			}
		}
	}
}

// proposer is who offers a proposal: the sentence's speaker, else its first
// acting entity.
func (d *doc) proposer(m *eventMention) *entity {
	if sp := d.speakerOf(m.sent); sp != nil {
		return sp
	}
	s := d.sents[m.sent]
	for _, sp := range d.walk(s.lo, m.lo) {
		if e := actorOf(sp); e != nil && !d.isModifierActor(sp) {
			if e.typ == graph.Country && sp.country && !d.isSubject(sp) {
				continue
			}
			return e
		}
	}
	return nil
}

// isSubject reports whether a verb follows the span.
func (d *doc) isSubject(sp *span) bool {
	return subjectVerbs[d.tok(sp.hi).lower]
}

// subjectBefore returns the actor acting at predicate k: the nearest actor
// before it in its clause, else a pronoun's person, else the quoted speaker.
func (d *doc) subjectBefore(k, si int) *entity {
	lo, _ := d.clause(k)
	for j := k - 1; j >= lo; j-- {
		if d.toks[j].text == "," {
			// "Ana Ruiz, the influential niece of the president, on
			// Monday condemned": step over the apposition to its head.
			if a := d.appositionStart(j, lo); a >= 0 {
				j = a
				continue
			}
			if a := d.participleOpen(j, lo); a >= 0 {
				j = a // "Rossi, speaking at the Quirinale, warned"
				continue
			}
		}
		if sp, e := d.actorAt(j); e != nil {
			if d.tok(sp.lo-1).text == "(" && d.tok(sp.hi).text == ")" {
				j = sp.lo // "leader of the Union of X (UX), who ...": the name the acronym repeats decides
				continue
			}
			if (!d.isModifierActor(sp) && !d.isObject(sp) && !d.possessesThing(sp) || d.memberSubject(sp, lo)) && !d.hyphenQualifier(sp) {
				return e
			}
			j = sp.lo
			continue
		} else if sp != nil {
			j = sp.lo
			continue
		}
		if pronouns[d.toks[j].lower] {
			return d.lastPerson(j)
		}
		if e := d.bodyPronoun(j, si); e != nil {
			return e
		}
	}
	return d.speakerOf(si)
}

// possessesThing reports whether a name owns a thing that is no actor:
// "in Serbia's history", "the country's economy"; not "Serbia's
// government" or "Kenya's president".
func (d *doc) possessesThing(sp *span) bool {
	if d.tok(sp.hi).lower != "'s" {
		return false
	}
	for j := sp.hi + 1; j < sp.hi+4; j++ {
		if w := d.tok(j).lower; stateNouns[w] || decisionNouns[w] || agentNouns[w] || d.trigAt[j] {
			return false // "Egypt's broader push", "Kenya's new government"
		}
	}
	n := d.tok(sp.hi + 1)
	return n.kind == tokWord && !n.cap && d.spanAt[sp.hi+1] == 0
}

// agentNouns after a possessive keep the owner the actor: "America's
// readiness to restore aid", "Egypt's efforts to broker a truce".
var agentNouns = setOf("readiness", "willingness", "efforts", "effort", "commitment", "attempts", "refusal",
	"insistence", "pressure", "support", "role", "mediation", "offer", "demand", "demands", "position", "stance",
	"office", "camp", "aides", "allies", "envoy", "delegation", "negotiators", "mission", "observers", "monitors")

// appositionStart returns the comma opening an apposition that the comma at
// k closes (", the influential niece of X,", ", a close adviser to Y,"), or -1.
func (d *doc) appositionStart(k, lo int) int {
	for j := k - 1; j > lo && j >= k-20; j-- {
		if d.toks[j].text != "," {
			continue
		}
		switch d.tok(j + 1).lower {
		case "the", "a", "an", "who", "which", "whose":
			if _, e := d.actorAt(max(j-1, 0)); e != nil {
				return j
			}
		}
		return -1
	}
	return -1
}

// isObject reports whether an actor follows a verb or preposition, so it is
// not the subject of a later predicate: "X accused Rwanda ... and called
// for sanctions" is X calling.
func (d *doc) isObject(sp *span) bool {
	lo := d.descriptorStart(d.titleStart(sp.lo))
	if lo < sp.lo {
		if r := d.spanBefore(lo); r != nil && r.country && r.hi == lo && r.sent == sp.sent {
			lo = r.lo // "spoke to Ukrainian President X": the demonym belongs to the title
		}
	}
	pi := d.beforeThe(lo - 1)
	if pi < d.sents[sp.sent].lo {
		return false // the sentence opens with the name: a headline's last word is no verb of it
	}
	p := d.tok(pi)
	if p.text == "" || p.kind != tokWord || p.cap || d.spanAt[max(lo-1, 0)] != 0 {
		return false
	}
	if d.tok(sp.hi).lower == "'s" {
		return false // "Norway's bid to broker a truce": Norway bids
	}
	if actingHeads[p.lower] && d.tok(sp.lo-2).text == "-" {
		return false // "the Houthi-run Health Ministry said"
	}
	switch p.lower {
	case "and", "but", "then", "also", "while", "as", "that", "when", "after", "before", "because", "if", "whether",
		"is", "was", "are", "were", "be", "been", "'s":
		return false
	}
	if speechVerbs[p.lower] || p.lower == "say" || p.lower == "believe" || p.lower == "think" || p.lower == "fear" {
		return false // "diplomats say Iran has shipped": the reported clause's subject
	}
	return !d.ownedDescriptor(pi)
}

// ownerWords open a noun that describes the name after it by its tie to
// someone: "his main challenger X", "their leader X".
var ownerWords = setOf("his", "her", "its", "their")

// ownedDescriptor reports whether the lower-case noun at p ends a phrase
// that opens a clause and only describes the name after it: ", while his
// main challenger X rejected ..." has X as its subject, not an object.
func (d *doc) ownedDescriptor(p int) bool {
	lo := d.sents[d.sentOf[p]].lo
	for k := p; k >= p-3 && k >= lo; k-- {
		t := d.tok(k)
		if ownerWords[t.lower] {
			switch b := d.tok(k - 1); {
			case k == lo, b.text == ",", b.lower == "while", b.lower == "whereas", b.lower == "but":
				return true
			}
			return false
		}
		if t.kind != tokWord || t.cap || d.spanAt[k] != 0 {
			return false
		}
	}
	return false
}

// titleStart steps back from a name over the titles that stand for it:
// "President X", "the president, Gen. X": a verb before them governs the
// name.
func (d *doc) titleStart(lo int) int {
	for n := 0; n < 3; n++ {
		if r := d.spanBefore(lo); r != nil && r.kind == spanRole {
			lo = r.lo
			continue
		}
		// Only a title that opens its own phrase: "the EU's enlargement
		// commissioner, X," has X's owner before it.
		if r, ok := d.spanEntity(lo - 2); ok && d.tok(lo-1).text == "," && r.kind == spanRole && d.tok(r.lo-1).lower == "the" {
			lo = r.lo
			continue
		}
		break
	}
	return lo
}

// objectsAfter returns the events and actors after predicate k in its
// clause, in order, stopping at a second predicate.
func (d *doc) objectsAfter(k int) (evs []*event, actors []*entity) {
	// "rejected the results and accused X's party of ...": X is the second
	// predicate's, not the first's.
	hi := d.stanceObjectEnd(k)
	accuse := strings.HasPrefix(d.toks[k].lower, "accus")
	for j, sp := range d.walk(k+1, hi) {
		if accuse && d.toks[j].lower == "of" && !d.memberOf(j) {
			break // "accused X of stoking the riots": the riots are the charge
		}
		if m := d.evAt[j]; m != nil && m.ev != nil && !d.statementMeans(m, j) {
			evs = append(evs, m.ev)
		}
		if e := actorOf(sp); e != nil {
			if !d.isModifierActor(sp) && !d.isSpeaker(sp) && d.prevWord(sp.lo) != "in" && !(d.prevWord(sp.lo) == "by" && strings.HasPrefix(d.toks[k].lower, "call")) {
				// not "called for an inquiry by the UN": the UN would hold it, not be asked
				actors = appendUnique(actors, e) // not "the Taliban government in Afghanistan"
			}
		}
	}
	return evs, actors
}

// blameVerbs say the subject does wrong: a speaker who says "Serbia is
// breaking every promise" or that "Beijing was weaponising
// trade" criticises the subject.
var blameVerbs = withVerbs(setOf("lying", "lied", "escalating", "terrorising", "terrorizing",
	"cynically", "deliberately", "shamelessly", "illegally", "unlawfully", "acted"),
	"violate", "undermine", "destabilise", "destabilize", "provoke", "bully", "politicise", "politicize", "interfere",
	"meddle", "sabotage", "obstruct", "weaponise", "weaponize", "blackmail", "breach", "flout", "defy", "exploit")

// blameRelations: the speaker of a sentence criticises an actor the
// sentence says does wrong.
func (d *doc) blameRelations(si int) {
	spk := d.speakerOf(si)
	if spk == nil {
		return
	}
	s := d.sents[si]
	for _, sp := range d.walk(s.lo, s.hi) {
		if sp == nil {
			continue
		}
		e := actorOf(sp)
		if e == nil || e == spk || d.isSpeaker(sp) || d.isModifierActor(sp) {
			continue
		}
		if d.blamedDeed(sp.hi) {
			// "said Moscow's "reckless provocations" would be answered"
			d.addClaim(claim{src: ent(spk), dst: ent(e), typ: graph.Criticized, mod: graph.Asserted, sent: si, conf: 0.5})
			continue
		}
		j := sp.hi
		for n := 0; n < 3; n++ {
			if w := d.tok(j).lower; !auxWords[w] && w != "is" && w != "was" && w != "are" && w != "were" && w != "been" {
				break
			}
			j++
		}
		if d.negatedBefore(j, sp.hi) {
			continue // "said Chile was not violating the accord"
		}
		w := d.tok(j).lower
		if w == "acted" && d.tok(j+1).lower != "badly" && d.tok(j+1).lower != "illegally" {
			continue
		}
		if blameVerbs[w] {
			d.addClaim(claim{src: ent(spk), dst: ent(e), typ: graph.Criticized, mod: graph.Asserted, sent: si, conf: 0.5})
		}
	}
}
