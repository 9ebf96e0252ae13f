package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// Non-violent actions that name an event only in some uses: a phone call,
// a detention of a ship, a dispatch of forces, a closure, a rescue, a
// terrorist designation. A pledge to withdraw is left out: it is a term
// of the deal it is written in, not an event of its own.

// vesselWords are what a state boards and detains at sea.
var vesselWords = setOf("tanker", "tankers", "ship", "ships", "vessel", "vessels", "boat", "boats", "freighter",
	"freighters", "carrier", "crew", "trawler", "trawlers")

// patrolWords are what a force steps up.
var patrolWords = setOf("patrols", "patrol", "patrolling", "presence", "surveillance", "deployments", "checks",
	"inspections", "monitoring")

// closableWords are what a government closes: offices, borders, crossings.
var closableWords = setOf("office", "offices", "crossing", "crossings", "border", "borders", "embassy", "embassies",
	"consulate", "consulates", "airport", "airports", "airspace", "port", "ports", "mission", "missions", "bureau",
	"bureaus", "institutions", "checkpoint", "checkpoints", "frontier", "schools", "universities")

// stoppableWords before a passive "were suspended" are what was stopped.
var stoppableWords = setOf("flights", "services", "operations", "deliveries", "exports", "imports", "shipments",
	"supplies", "traffic", "trains", "ferries")

// rescuedWords are who is rescued.
var rescuedWords = setOf("sailors", "seafarers", "crew", "migrants", "people", "passengers", "hostages",
	"survivors", "fishermen", "civilians", "hikers", "miners", "workers", "children", "refugees", "residents")

// callChannels follow the verb of a call and name the call it is:
// "discussed it with Rubio by phone" is a phone call.
var callChannels = map[string]string{"by phone": "phone call", "by telephone": "phone call", "over the phone": "phone call",
	"over phone": "phone call", "by video link": "video call"}

// sentCraft after "sent" make it a deployment: "sent a minehunter".
var sentCraft = setOf("minehunter", "minehunters", "frigate", "frigates", "warship", "destroyer", "helicopters")

// importWords after "suspended" make it a trade sanction.
var importWords = setOf("imports", "import")

// missionStarters set a mission up: "launched its patrol mission".
var missionStarters = withVerbs(setOf("set"), "launch", "deploy", "send", "establish")

// actionFits decides the triggers of this file. handled is false for a
// word it does not decide.
func (d *doc) actionFits(lo, hi int, verb bool) (fits, handled bool) {
	w := d.joinLower(lo, hi)
	if verb {
		w = d.verbBase(w) // a verb by its base: "dispatching" is "dispatch"
	}
	if _, ok := callChannels[w]; ok {
		return d.callPartyBefore(lo) || d.calledPartyObject(lo), true
	}
	next := d.tok(hi).lower
	switch w {
	case "detain", "arrest":
		if !verb {
			return false, false // the noun "arrest" is decided elsewhere
		}
		if d.wordAfter(hi, 4, vesselWords) {
			return true, true // "boarded and detained an oil tanker"
		}
		return false, false
	case "send", "dispatch":
		if d.wordAfter(hi, 4, forceWords) || d.wordAfter(hi, 4, patrolWords) || d.wordAfter(hi, 4, sentCraft) {
			return true, true // "sent patrol aircraft and a minehunter"
		}
		if d.wordAfter(hi, 3, delegationWords) {
			return true, true // "would send a delegation to Niamey": a visit
		}
		// "sent 14 jailed gang leaders to El Salvador": a handover.
		return d.tok(hi).kind == tokNumber && d.actorAfterTo(hi, 8) && !d.armsDelivered(hi, 8), true
	case "step up":
		return d.wordAfter(hi, 3, patrolWords), true
	case "close", "shut", "shut down", "seal":
		if d.wordAfter(hi, 5, closableWords) {
			return true, true // "closed five municipal offices"
		}
		return d.passiveOf(lo, closableWords) && !d.servicesShut(lo, hi), true // "the crossing ... has been shut"
	case "closure", "closures", "shutdown":
		return next == "of", true
	case "reopen":
		// "reopened the crossing", "the border crossing with Egypt
		// reopened on Monday"; not "reopened the case".
		return d.wordAfter(hi, 5, closableWords) || d.closableSubject(lo), true
	case "reopening":
		return next == "of" && d.wordAfter(hi+1, 4, closableWords), true
	case "suspend", "halt":
		if d.passiveOf(lo, stoppableWords) {
			return true, true // "Flights at the airport were suspended"
		}
		if d.memberSuspendedAt(lo, hi) {
			return true, true
		}
		return false, false
	case "cut", "freeze", "withhold", "slash":
		return d.aidCutAt(lo, hi), true
	case "revoke":
		return d.visaRevokedAt(lo, hi), true
	case "mission", "missions":
		// "launched its Baltic patrol mission", "an observer mission to
		// monitor the truce"; not a standing body's name.
		if next == "to" && (d.tok(lo-1).lower == "observer" || d.tok(lo-1).lower == "monitoring") {
			return true, true
		}
		return d.wordBetween(max(lo-5, 0), lo, missionStarters), true
	case "rescue":
		if verb {
			return d.wordAfter(hi, 4, rescuedWords), true
		}
		return next == "of", true
	case "hearing", "hearings":
		switch next {
		case "aid", "aids", "loss", "impaired":
			return false, true
		}
		p := d.tok(lo - 1)
		return determiners[p.lower] || p.cap || d.spanAt[max(lo-1, 0)] != 0 || p.lower == "committee" || p.lower == "confirmation", true
	case "designate", "re-list":
		if hi < d.sents[d.sentOf[lo]].hi && d.wordAfter(hi, 24, terrorListWords) {
			return true, true // "designated six cartels as foreign terrorist organizations"
		}
		// "separately designated six companies": a listing under sanctions.
		return d.wordAfter(hi, 5, designatedTargets), true
	}
	return false, false
}

// terrorListWords after "designated" make it a terrorist listing.
var terrorListWords = setOf("terrorist", "terrorists", "terror")

// designatedTargets are what a sanctions authority designates: "designated
// six companies based in the UAE"; not "designated areas".
var designatedTargets = setOf("companies", "company", "firms", "firm", "entities", "entity", "individuals",
	"people", "persons", "officials", "vessels", "tankers", "ships", "banks", "networks", "businessmen", "executives")

// designationArgs reads a sanctions designation that names no terrorist
// listing: the states the designated firms are based in are its targets,
// not its place ("listed four firms based in the United Arab
// Emirates").
func (d *doc) designationArgs(m *eventMention) {
	if m.typ != graph.Sanction || !m.verb || d.toks[m.lo].lower != "designated" || !d.wordAfter(m.hi, 5, designatedTargets) {
		return
	}
	m.noun = "designation"
	_, chi := d.clause(m.hi)
	for j := m.hi; j+2 < chi && j < m.hi+8; j++ {
		if d.toks[j].lower != "based" || d.toks[j+1].lower != "in" {
			continue
		}
		// "based in the UAE and Hong Kong that ...": the list of places only.
		for k, sp := range d.walk(j+2, chi) {
			if sp == nil {
				if w := d.toks[k].lower; w != "the" && w != "and" && w != "," {
					return
				}
				continue
			}
			if e := actorOf(sp); e != nil && e.typ == graph.Country {
				m.targets = appendUnique(m.targets, e)
				m.parts = appendUnique(m.parts, e)
				if m.loc == e {
					m.loc = nil
				}
			}
		}
		return
	}
}

// actionOthers are the triggers of this file that name one happening with
// a single actor, or only a place.
var actionOthers = setOf("sent", "sends", "send", "dispatched", "dispatches", "dispatch", "stepped", "steps", "step",
	"stepping", "closed", "closes", "shut", "sealed", "closure", "closures", "shutdown", "reopened", "reopens",
	"reopening", "protest", "complaint", "rescued", "rescue",
	"withdrawal", "pullout", "pull-out", "drawdown", "mission", "power",
	"blackout", "blackouts", "declaration", "declared")

// wordAfter reports whether a word of set follows within n tokens of k in
// its clause, before any other event word.
func (d *doc) wordAfter(k, n int, set map[string]bool) bool {
	return d.wordIndexAfter(k, n, set) >= 0
}

// wordIndexAfter is where wordAfter finds its word, or -1.
func (d *doc) wordIndexAfter(k, n int, set map[string]bool) int {
	if k >= len(d.toks) {
		return -1
	}
	s := d.sents[d.sentOf[k]]
	for j := k; j < s.hi && j < k+n; j++ {
		if set[d.toks[j].lower] {
			return j
		}
		if d.isBreak(j) || d.trigAt != nil && d.trigAt[j] {
			return -1
		}
	}
	return -1
}

// passiveTrigger reports whether the trigger verb of m is a passive
// participle ("was struck", "were sanctioned"): the actor before it is the
// one acted on or the one telling of it, and the doer, if named, follows
// "by". "Was shelling" is active.
func (d *doc) passiveTrigger(m *eventMention) bool {
	return m.verb && passiveAux[d.tok(m.lo-1).lower] && !strings.HasSuffix(d.toks[m.lo].lower, "ing")
}

// passiveOf reports whether the participle at lo is passive and its
// subject, earlier in the sentence, is a word of set: "the crossing ...
// has been shut", "flights at Mitiga were suspended".
func (d *doc) passiveOf(lo int, set map[string]bool) bool {
	if !passiveWords[d.tok(lo-1).lower] {
		return false
	}
	s := d.sents[d.sentOf[lo]]
	for j := lo - 2; j >= s.lo && j >= lo-16; j-- {
		if set[d.toks[j].lower] {
			return true
		}
	}
	return false
}

// reopenVerbs open again what was closed. "To reopen" is left to the
// agreement or plan it is the object of: "agreed to reopen the border".
var reopenVerbs = setOf("reopened", "reopens")

// closableSubject reports whether the subject right before an
// intransitive verb at lo is a thing a government closes: "the Rafah
// border crossing with Egypt reopened".
func (d *doc) closableSubject(lo int) bool {
	s := d.sents[d.sentOf[lo]]
	for j := lo - 1; j >= s.lo && j >= lo-5; j-- {
		if closableWords[d.toks[j].lower] {
			return true
		}
		if d.isBreak(j) || d.trigAt != nil && d.trigAt[j] {
			return false
		}
	}
	return false
}

// actorAfterTo reports whether "to" and an actor follow within n tokens.
func (d *doc) actorAfterTo(k, n int) bool {
	s := d.sents[d.sentOf[min(k, len(d.toks)-1)]]
	for j := k; j < s.hi && j < k+n; j++ {
		if d.toks[j].lower != "to" {
			continue
		}
		i := d.pastThe(j + 1)
		return i < len(d.toks) && d.actorNear(i)
	}
	return false
}

// callPartyBefore reports whether "by phone" ends a clause that names the
// other party of a call ("discuss the incident with Prime Minister Kristen
// Michal by phone", "conveyed the protest to the ambassador by phone") and
// no meeting word of its own ("spoke by phone", "held talks by phone").
func (d *doc) callPartyBefore(lo int) bool {
	s := d.sents[d.sentOf[lo]]
	party := false
	for j := lo - 1; j >= s.lo && j >= lo-14; j-- {
		w := d.toks[j].lower
		if d.trigAt != nil && d.trigAt[j] && d.trigAtIs(j, graph.Meeting) {
			return false
		}
		if speechVerbs[w] && !party {
			return false // "told Reuters by phone": an interview
		}
		if (w == "with" || w == "to") && (d.actorNear(j+1) || d.roleNear(j+1) || d.tok(j+1).lower == "the" && d.actorNear(j+2)) {
			party = true
		}
		if d.isBreak(j) {
			break
		}
	}
	return party
}

// cancelWords before a planned event deny that it takes place as planned:
// "postponed a two-day state visit".
var cancelWords = setOf("postponed", "postpones", "postpone", "cancelled", "canceled", "cancels", "cancel",
	"scrapped", "scraps", "delayed", "shelved", "called")

// cancelledBefore reports whether a cancelling verb governs the event noun
// at lo across modifiers only.
func (d *doc) cancelledBefore(lo int) bool {
	for k := lo - 1; k >= 0 && k >= lo-7; k-- {
		w := d.toks[k].lower
		if cancelWords[w] {
			return w != "called" || d.tok(k+1).lower == "off"
		}
		if w == "off" && d.tok(k-1).lower == "called" {
			return true
		}
		if !(determiners[w] || meetingModifiers[w] || w == "state" || w == "official" || w == "planned" || d.toks[k].kind == tokNumber ||
			numberWords[w] > 0 || d.toks[k].text == "-" || durationUnits[w] || w == "day") {
			return false
		}
	}
	return false
}

// pronounSubjects stand for the speaker of their sentence: "NATO said it
// had sent aircraft", "the force said it had stepped up patrols".
var pronounSubjects = setOf("it", "he", "she", "they")

// actionArgs completes the arguments of a mention that its clause left
// without actor: the speaker a pronoun subject stands for, the owner a
// possessive names, the place of a passive closure.
func (d *doc) actionArgs(m *eventMention) {
	d.designationArgs(m)
	if m.verb && len(m.parts) == 0 && m.typ != graph.Statement {
		k := m.lo - 1
		for k > 0 && (auxWords[d.tok(k).lower] || d.tok(k).lower == "been" || d.tok(k).lower == "was" || d.tok(k).lower == "and" && d.tok(k-1).kind == tokWord) {
			if d.tok(k).lower == "and" {
				k-- // "boarded and detained": the first verb's subject
			}
			k--
		}
		if pronounSubjects[d.tok(k).lower] && !d.insideQuote(k, d.sents[m.sent].lo) {
			// Inside a quote the speaker is "I" or "we": "They opened fire
			// on us," a witness said names others; so does "they" for one
			// person, or for armed men told before it ("gunmen ... when they
			// opened fire, the army said").
			spk := d.speakerOf(m.sent)
			striking := m.typ == graph.Attack || m.typ == graph.Sanction
			harmed := striking && d.passiveTrigger(m)
			if harmed && spk != nil && spk.typ == graph.Person {
				spk = nil // "the governor said it was struck": the bus was, not the governor
			}
			if spk != nil && !(d.tok(k).lower == "they" && (spk.typ == graph.Person || d.armedAntecedent(k))) {
				m.parts = append(m.parts, spk)
				if striking && !harmed && m.perp == nil {
					m.perp = spk
				}
			}
		}
	}
	if m.typ == graph.OtherEvent && !m.verb && len(m.parts) == 0 && actionOthers[d.toks[m.lo].lower] {
		if p := d.owner(m); p != nil {
			m.parts = append(m.parts, p) // "Kosovo's 2008 declaration of independence"
		}
	}
	if w := d.toks[m.lo].lower; m.typ == graph.OtherEvent && !m.verb && len(m.parts) == 0 && (w == "pullout" || w == "pull-out" || w == "drawdown" || w == "withdrawal") && d.tok(m.hi).lower == "of" {
		k := d.pastThe(m.hi + 1)
		if _, e := d.actorAt(min(k, len(d.toks)-1)); e != nil {
			m.parts = append(m.parts, e) // "a pullout of African Union troops"
		}
	}
	if (d.toks[m.lo].lower == "detained" || d.toks[m.lo].lower == "arrested") && m.typ == graph.OtherEvent && d.wordAfter(m.hi, 4, vesselWords) {
		// "boarded and detained a tanker ... between Finland and Estonia":
		// the state that detains, not the places named with the ship.
		if e := d.subjectBefore(m.lo, m.sent); e != nil {
			m.parts = []*entity{e}
		}
	}
	if m.verb && m.mod == graph.Possible && d.tok(m.lo-1).lower == "and" && strings.HasSuffix(d.toks[m.lo].lower, "ed") && d.urgedBefore(m.lo-1) {
		// "urged its citizens to avoid travel and suspended imports": the
		// second verb is done, not urged.
		m.mod = graph.Asserted
	}
	if w := d.toks[m.lo].lower; m.typ == graph.Sanction && m.verb && (w == "suspended" || w == "halted") {
		// "Moscow told its citizens to avoid trips to Georgia and suspended
		// imports": the clause's subject acts, not the last state named.
		if e := d.clauseSubject(m.lo); e != nil && e != m.perp {
			m.perp = e
			m.parts = appendUnique(m.parts, e)
		}
		for j := m.hi; j < len(d.toks) && j < m.hi+6; j++ {
			if sp, e := d.actorAt(j); e != nil && e != m.perp && d.goodsAfter(sp) && !hasEntity(m.targets, e) {
				m.targets = append(m.targets, e) // "imports of Japanese seafood"
				m.parts = appendUnique(m.parts, e)
			}
		}
	}
	if m.typ == graph.Sanction && m.perp == nil && !m.verb {
		if p := d.possessor(m); p != nil && !hasEntity(m.targets, p) {
			m.perp = p // "add the owner to its sanctions list": the body's list
			m.parts = appendUnique(m.parts, p)
		}
	}
	if w := d.toks[m.lo].lower; m.loc == nil && m.typ == graph.OtherEvent && m.verb && passiveWords[d.tok(m.lo-1).lower] &&
		(actionOthers[w] || w == "suspended" || w == "halted") {
		// "The crossing between Chaman and Spin Boldak has been shut": the
		// place is named with the subject.
		s := d.sents[m.sent]
		for _, sp := range d.walk(s.lo, m.lo) {
			if sp != nil && sp.ent != nil && sp.ent.typ == graph.Location {
				m.loc = sp.ent
				break
			}
		}
	}
	if w := d.toks[m.lo].lower; m.loc == nil && m.typ == graph.OtherEvent && m.verb && reopenVerbs[w] && d.closableSubject(m.lo) {
		// "Gaza's Rafah border crossing with Egypt reopened": the place
		// nearest the verb names what reopened.
		for _, sp := range d.walkBack(d.sents[m.sent].lo, m.lo) {
			if sp != nil && sp.ent != nil && sp.ent.typ == graph.Location {
				m.loc = sp.ent
				break
			}
		}
	}
	if m.typ == graph.Statement && m.loc != nil && d.placeReported(m) {
		m.loc = nil // "flew them to Aqaba in Jordan, the agency wrote in a post on X"
	}
	if m.typ == graph.Meeting && m.mod != graph.Denied && d.cancelledBefore(m.lo) {
		m.mod = graph.Denied
	}
}

// visitNouns take their host after "to": "a state visit to Ghana".
var visitNouns = setOf("visit", "trip", "visits", "trips", "tour")

// actionNouns name an event told only by a verb: "detained a tanker" is a
// detention. A call's channel names its call in callChannels.
var actionNouns = map[string]string{
	"touch": "contacts", "detained": "detention", "arrested": "arrest",
	"released": "release", "releases": "release", "releasing": "release", "freed": "release", "frees": "release",
	"resign": "resignation", "step down": "resignation", "step aside": "resignation",
	"withdraw": "withdrawal", "pull out": "withdrawal", "pull back": "withdrawal", "retract": "retraction",
	"disarm": "disarmament", "give up": "disarmament", "hand over": "disarmament", "lay down": "disarmament",
	"surrender": "surrender", "apologise": "apology", "apologize": "apology", "cede": "cession", "removed": "removal", "ousted": "ouster", "deposed": "ouster", "deposes": "ouster", "quit": "exit", "quits": "exit", "recalled": "recall",
	"deploy": "deployment", "sent": "deployment", "sends": "deployment", "send": "deployment", "dispatched": "deployment", "dispatches": "deployment", "dispatch": "deployment",
	"stepped up": "patrols", "steps up": "patrols", "step up": "patrols", "stepping up": "patrols",
	"closed": "closure", "closes": "closure", "shut": "closure", "shut down": "closure", "sealed": "closure",
	"reopened": "reopening", "reopens": "reopening",
	"suspended": "suspension", "suspend": "suspension", "halted": "suspension",
	"rescued": "rescue", "declared independence": "declaration of independence", "designated": "terrorist designation",
	"seized power": "takeover", "seizes power": "takeover", "seizing power": "takeover", "took power": "takeover",
	"control": "takeover", "taken power": "takeover", "takes power": "takeover", "tested": "test", "test-fired": "test",
}

// urgedBefore reports whether an urging verb and its "to" stand before k
// in the clause: "urged its citizens to avoid travel".
func (d *doc) urgedBefore(k int) bool {
	lo, _ := d.clause(k)
	to := false
	for j := k - 1; j >= lo && j >= k-12; j-- {
		switch d.toks[j].lower {
		case "to":
			to = true
		case "urged", "asked", "told", "advised", "called", "pressed":
			return to
		}
	}
	return false
}

// actionType retypes a trigger by its object: suspended imports are a
// trade sanction; sending a delegation is a visit.
func (d *doc) actionType(lo, hi int, typ graph.EventType, verb bool) graph.EventType {
	if t := d.diplomaticProtestType(lo, hi, typ); t != typ {
		return t // "lodged a strong protest with China"
	}
	if typ == graph.Ceasefire && (tradeTruceWords[d.toks[lo].lower] || tradeTruceWords[d.tok(lo-1).lower] || d.tradeTruceBefore(lo)) {
		return graph.Agreement // "a tariff truce": a trade deal, no halt to fighting
	}
	if _, ok := d.sanctionActType(lo, hi); ok && typ == graph.OtherEvent {
		return graph.Sanction // "cut aid to", "revoked the visas of", "suspended Mali from"
	}
	w := d.joinLower(lo, hi)
	if verb {
		w = d.verbBase(w) // a verb by its base: "agrees" is "agree"
	}
	switch w {
	case "agree":
		if d.agreedHalt(lo) >= 0 {
			return graph.Ceasefire // "agreed to halt the fighting"
		}
	case "suspend", "halt":
		if d.wordAfter(hi, 3, importWords) {
			return graph.Sanction
		}
	case "send", "dispatch":
		if d.wordAfter(hi, 3, delegationWords) {
			return graph.Meeting
		}
	case "launch", "launches": // noun or verb alike
		if d.launchAttack(lo, hi) {
			return graph.Attack // "launched 90 drones at the country overnight"
		}
	case "consultations":
		if d.tok(lo-1).lower == "for" && d.envoyBefore(lo) {
			return graph.OtherEvent // "ordered its ambassador to return for consultations": a recall
		}
	case "joint declaration", "declaration", "joint statement", "communique", "communiqué":
		if d.signedBefore(lo) || d.joinLower(lo, hi) == "joint declaration" && d.declarationAgreed(lo, hi) {
			return graph.Agreement // "both ministers signed a joint declaration on fishing quotas"
		}
	}
	return typ
}

// tradeTruceWords before "truce" or "ceasefire" make it a truce in a
// trade dispute.
var tradeTruceWords = setOf("trade", "tariff", "tariffs", "commercial", "customs")

// tradeTruceBefore reports whether "the truce" at lo points back at a
// trade truce: the latest truce or ceasefire named before it, past other
// mentions of "the truce", was one.
func (d *doc) tradeTruceBefore(lo int) bool {
	if w := d.tok(lo - 1).lower; w != "the" && w != "this" && w != "that" {
		return false
	}
	for k := lo - 1; k > 0; k-- {
		switch d.toks[k].lower {
		case "truce", "ceasefire", "armistice":
			switch w := d.toks[k-1].lower; {
			case tradeTruceWords[w]:
				return true
			case w != "the" && w != "this" && w != "that":
				return false
			}
			// another "the truce": look further back for the one it names
		}
	}
	return false
}

// actionNoun names an event of type typ told by the verb w.
func actionNoun(typ graph.EventType, w string) string {
	switch {
	case typ == graph.Meeting && (w == "sent" || w == "sends" || w == "send" || w == "dispatched" || w == "dispatches" || w == "dispatch"):
		return "visit"
	case typ == graph.Sanction && (w == "aid cut" || w == "visa revocation" || w == "suspension" || w == "designation"):
		return w // named by sanctionActArgs
	case typ == graph.Sanction && (w == "suspended" || w == "halted"):
		return "import suspension"
	case typ == graph.OtherEvent && airspaceVerbs[w]:
		return "airspace incursion"
	}
	if n, ok := actEventNouns[w]; ok {
		return n
	}
	if n, ok := stateActNouns[w]; ok {
		return n
	}
	if n, ok := callChannels[w]; ok {
		return n // "discussed it by phone": a phone call
	}
	return actionNouns[w]
}

// clauseSubject returns the first actor of the clause of k that is not a
// speaker or a title's modifier.
func (d *doc) clauseSubject(k int) *entity {
	lo, _ := d.clause(k)
	for _, sp := range d.walk(lo, k) {
		if e := actorOf(sp); e != nil && !d.isSpeaker(sp) && !d.isModifierActor(sp) {
			return e
		}
	}
	return nil
}

// delegationWords are who is sent on a visit.
var delegationWords = setOf("delegation", "delegations", "envoy", "envoys", "emissary", "emissaries")

// crowdEventNouns name the people of an event, not the event: a protest told
// first by "the protesters" is still a protest.
var crowdEventNouns = map[string]string{"protesters": "protest", "protestors": "protest", "demonstrators": "demonstration",
	"marchers": "march", "rioters": "riot", "strikers": "strike"}

// eventNoun returns the noun an event is named by when the first one is
// its people: the event's own word among its mentions, or the mapped one.
func (e *event) eventNoun(noun string) string {
	a, ok := crowdEventNouns[noun]
	if !ok {
		return noun
	}
	for _, m := range e.mentions {
		if n := strings.ToLower(m.noun); !m.verb && crowdEventNouns[n] == "" {
			return n
		}
	}
	return a
}

// seriesOrdinals count an event within a series.
var seriesOrdinals = setOf("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "11th", "12th")

// seriesMention reports whether a mention counts events of a series rather
// than naming a new one: "the third drone attack on the city since May",
// "the second such incident this year". The event it counts is told
// elsewhere.
func (d *doc) seriesMention(m *eventMention) bool {
	k := m.lo - 1
	for k > m.lo-4 && k > 0 && (attackModifiers[d.tok(k).lower] || d.tok(k).lower == "such") {
		k--
	}
	if !seriesOrdinals[d.tok(k).lower] || d.tok(k-1).lower != "the" {
		return false
	}
	_, chi := d.clause(m.lo)
	for j := m.hi; j < chi && j < m.hi+10; j++ {
		switch d.toks[j].lower {
		case "since":
			return true
		case "this", "in":
			if w := d.tok(j + 1).lower; w == "year" || w == "month" || w == "week" || w == "a" {
				return true
			}
		}
	}
	return false
}

// reportedDate reports whether a time phrase stands in what a statement
// reports rather than on the statement: before the speech verb that the
// statement follows ("blocked the road on Monday, the police said in a
// statement").
func (d *doc) reportedDate(de *dateExpr, m *eventMention) bool {
	if de.hi > m.lo {
		return false
	}
	for k := de.hi; k < m.lo; k++ {
		if speechVerbs[d.toks[k].lower] {
			return true
		}
	}
	return false
}

// stanceVerbs state a position in public: a person who "on Wednesday
// rejected" something spoke that day.
var stanceVerbs = setOf("rejected", "dismissed", "condemned", "denounced", "warned", "insisted", "announced",
	"criticised", "criticized", "welcomed", "ruled", "vowed", "defended", "urged", "called")

// stanceDates adds to out the day a named person took a public stance,
// "Sheinbaum on Wednesday flatly rejected ...", so that a statement of
// theirs told later without a day gets it.
func (d *doc) stanceDates(out map[*entity]*dateExpr) {
	for i := range d.dates {
		de := &d.dates[i]
		if de.date.Precision != graph.Day || de.bound {
			continue
		}
		k := de.hi
		if d.tok(k).kind == tokWord && strings.HasSuffix(d.tok(k).lower, "ly") {
			k++ // "flatly rejected"
		}
		if !stanceVerbs[d.tok(k).lower] && !speechVerbs[d.tok(k).lower] {
			continue
		}
		j := de.lo - 1
		if d.tok(j).lower == "on" {
			j--
		}
		if sp, e := d.actorAt(max(j, 0)); e != nil && e.typ == graph.Person && sp.hi == j+1 {
			if _, ok := out[e]; !ok {
				out[e] = de
			}
		}
	}
}

// placeReported reports whether a statement's place is named only in what
// it reports, before the speech verb the statement follows.
func (d *doc) placeReported(m *eventMention) bool {
	s := d.sents[m.sent]
	verb := -1
	for k := m.lo - 1; k >= s.lo && k >= m.lo-6; k-- {
		if speechVerbs[d.toks[k].lower] {
			verb = k
			break
		}
	}
	if verb < 0 {
		return false
	}
	for k := verb; k < s.hi; k++ {
		if sp, ok := d.spanEntity(k); ok && sp.ent == m.loc {
			return false
		}
	}
	return true
}
