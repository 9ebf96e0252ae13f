package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// stateNouns after a demonym make the demonym an actor: "Russian officials".
var stateNouns = setOf("government", "authorities", "officials", "official", "forces", "military", "army", "troops",
	"navy", "leaders", "leadership", "president", "ministry", "side", "regime", "embassy", "state", "team",
	"strikes", "strike", "attack", "attacks", "missile", "missiles", "drone", "drones", "airstrikes",
	"targets", "invasion", "offensive", "diplomats", "diplomacy", "counterpart", "counterparts",
	"administration", "parliament", "soldiers", "intelligence", "negotiating", "police")

var subjectVerbs = setOf("said", "says", "say", "has", "have", "had", "is", "are", "was", "were", "will", "would",
	"could", "can", "may", "might", "must", "should", "agreed", "agrees", "agree", "rejected", "rejects",
	"accused", "accuses", "warned", "warns", "wants", "want", "hopes", "hope", "announced", "announces",
	"denied", "denies", "insisted", "insists", "demanded", "demands", "called", "calls", "urged", "urges",
	"responded", "refused", "refuses", "threatened", "threatens", "sees", "believes", "claimed", "claims",
	"condemned", "condemns", "criticized", "signed", "sent", "launched", "imposed", "plans", "seeks",
	"sought", "continues", "did", "does", "also", "remains", "recognized", "recognised", "expelled",
	"summoned", "retaliated", "vowed", "pledged", "offered", "proposed", "backed", "supports", "supported",
	"opposes", "opposed", "welcomed", "confirmed", "declined", "are", "coordinating", "agree", "hit", "struck",
	"drops", "drop", "dropped", "accepts", "accepted", "signs", "withdraws", "withdrew", "halts", "halted",
	"stops", "stopped", "ends", "ended", "agreed", "responded", "reacted", "retaliates", "demands", "warned",
	"accuse", "reject", "deny", "condemn", "blame", "oppose", "gave", "gives", "gets", "got", "took", "takes")

var experiencerVerbs = setOf("faced", "suffered", "endured", "came", "been", "was", "remains", "lies", "sits", "woke", "saw")

var locPreps = setOf("in", "at", "near", "outside", "from", "into", "across", "around", "inside", "toward",
	"towards", "via", "over", "through", "to", "within", "throughout", "reached", "reach", "entered", "left",
	"visited", "visit", "of", "including", "like", "and", "as", "beyond", "between")

var motionVerbs = withVerbs(setOf("bound", "set", "destined"), "leave", "depart", "head", "fly", "sail")

var groupInNouns = setOf("leaders", "officials", "authorities", "government", "diplomats", "politicians",
	"lawmakers", "sources", "counterparts", "regime", "those", "leadership", "policymakers",
	"ambassador", "ambassadors", "envoy", "envoys", "attention", "concern", "concerns", "alarm", "unease",
	"anger", "irritation", "frustration", "eyebrows", "dismay", "suspicion", "suspicions", "displeasure")

// "back" is left out as an adverb ("back to Kyiv"), and "court" is listed
// alone as a noun as well.
var actorObjectVerbs = leaveOut(withVerbs(setOf("with", "against", "than", "by", "court"),
	"accuse", "urge", "press", "represent", "warn", "tell", "blame", "criticize", "criticise", "condemn",
	"sanction", "punish", "convince", "persuade", "pressure", "call", "ask", "allow", "support", "back",
	"satisfy", "appease", "placate", "reassure", "deter", "woo", "isolate", "antagonise", "antagonize",
	"provoke", "defy", "lobby", "thank"), "back", "backs")

var placeAfterPossessive = setOf("district", "districts", "streets", "street", "residents", "mayor", "outskirts",
	"suburbs", "suburb", "center", "centre", "airport", "region", "oblast", "province", "city", "metro",
	"skyline", "citizens", "neighborhood", "neighbourhood", "port", "harbor", "harbour", "old", "downtown")

// capitalActs decides metonymy: a capital acts for its state ("Moscow
// said", "pressure on Moscow", "Washington's tariffs") or is a place
// ("talks in Moscow", "strikes on Kyiv", a dateline).
func (d *doc) capitalActs(i int) bool {
	sp := &d.spans[i]
	prev, prev2 := d.tok(sp.lo-1), d.tok(sp.lo-2)
	next := d.tok(sp.hi)
	s := d.sents[sp.sent]
	// Dateline: "NAIROBI --", "LAGOS (AFP)", "Nairobi, March 3:".
	if sp.lo == s.lo && (sp.lo == 0 || d.tok(sp.lo).newlines >= 2 || d.toks[sp.lo].allUpper) {
		switch next.text {
		case "--", "—", "(", "/", "-", ":", ",":
			return false
		}
	}
	if prev.text == "/" || prev.text == "," && prev2.lower == "capital" {
		return false // "the Turkish capital, Ankara": the city named in apposition
	}
	if d.capitalPair(i) {
		return true
	}
	if next.lower == "'s" {
		after := d.tok(sp.hi + 1)
		if o, ok := d.spanEntity(sp.hi + 1); ok && after.cap && o.lo == sp.hi+1 {
			switch {
			case o.kind == spanRole:
				return true // "Moscow's ambassador"
			case o.kind == spanGaz && len(o.gaz) > 0:
				return o.gaz[0].typ != graph.Location || o.gaz[0].form == formDemonym
			case o.kind == spanName:
				// "Moscow's Foreign Ministry" acts; "Moscow's Vnukovo
				// airport" is a place in the city.
				return orgKeywords[o.toks[len(o.toks)-1]]
			}
		}
		return !placeAfterPossessive[after.lower] && !regionAdjectives[after.lower]
	}
	if prev.lower == "in" && groupInNouns[prev2.lower] && !d.gatheringOfBefore(sp.lo-2) && !d.metGroupBefore(sp.lo-2) {
		return true
	}
	if prev.lower == "and" || prev.text == "," {
		// "Ankara and Tehran are ...": the same reading as the first conjunct.
		for k := i - 1; k >= 0 && d.spans[k].sent == sp.sent && d.spans[k].hi >= sp.lo-3; k-- {
			if o := d.spans[k]; o.kind == spanGaz && o.ent != nil {
				return o.country
			}
		}
	}
	if prev.lower == "on" || prev.lower == "against" {
		if tr, n := d.lex.triggers.longest(d.toks, sp.lo-2, sp.lo-1); n > 0 && tr.typ == graph.Attack {
			return false // "strikes on Kyiv"
		}
		return true // "pressure on Moscow", "sanctions on Beijing"
	}
	if prev.lower == "for" && !motionVerbs[prev2.lower] {
		return true // "aid for Kyiv", not "left for Moscow"
	}
	if actorObjectVerbs[prev.lower] {
		return true
	}
	if prev.lower == "that" && mandateVerbs[prev2.lower] {
		return true // "demanded that Moscow admit guilt": only an actor is told to act
	}
	if prev.lower == "from" && next.lower != "to" && d.overtureBefore(sp.lo-1) {
		return true // "offers of talks from Seoul", "pressure from Washington"
	}
	if prev.lower == "to" && d.transferBefore(sp.lo-1) {
		return true // "the delivery of howitzers to Kyiv"
	}
	if next.text == "," && (d.tok(sp.hi+1).lower == "which" || d.tok(sp.hi+1).lower == "whose") && d.relativeActs(sp.hi+2) {
		return true // "in Beijing, which is locked in disputes with"
	}
	if prev.lower == "between" && !routeNouns[prev2.lower] {
		return true // "a deal between Ankara and Baghdad"
	}
	if prev.kind == tokWord && !prev.cap && (strings.HasSuffix(prev.lower, "ed") || strings.HasSuffix(prev.lower, "ing") && len(prev.lower) > 5) &&
		!placeVerbs[prev.lower] && !locPreps[prev.lower] && !placeGerunds[prev.lower] {
		return true // "thanked Ankara", "accused Tokyo", "prompting Caracas to announce"
	}
	if next.lower == "to" && d.tok(sp.hi+1).kind == tokWord && !d.tok(sp.hi+1).cap && !determiners[d.tok(sp.hi+1).lower] && !prev.cap && !locPreps[prev.lower] {
		return true // "obliges Paris to defend", "urged Kinshasa to accept"
	}
	if next.text == "," && asideWords[d.tok(sp.hi+1).lower] {
		// "and Lusaka, for its part, says": the verb after the aside.
		for j := sp.hi + 1; j < sp.hi+7 && j < s.hi; j++ {
			if d.toks[j].text == "," {
				if v := d.tok(j + 1); v.kind == tokWord && !v.cap && (subjectVerbs[v.lower] || strings.HasSuffix(v.lower, "ed") ||
					strings.HasSuffix(v.lower, "s") && objectStarts[d.tok(j+2).lower]) {
					return true
				}
				break
			}
		}
	}
	if locPreps[prev.lower] && !d.asClauseSubject(sp.lo, next) {
		return false
	}
	v := next
	k := sp.hi
	if next.lower == "and" {
		// "Ankara and Tehran are coordinating": skip the second conjunct.
		if o := d.spanAt[min(sp.hi+1, len(d.toks)-1)]; o != 0 {
			k = d.spans[o-1].hi
			v = d.tok(k)
			if conjunctHeads[v.lower] {
				k++ // "Kinshasa and UN experts accuse": the conjunct's head
				v = d.tok(k)
			}
		}
	}
	// "Tokyo this week added", "Moscow on Friday rejected": step over a
	// time phrase or an adverb to the verb.
	for n := 0; n < 3 && (timeWords[v.lower] || isWeekday(v.lower) || adverbs[v.lower]); n++ {
		k++
		v = d.tok(k)
	}
	if isQuote(v.text) && d.tok(k+1).kind == tokWord && !d.tok(k+1).cap {
		k++ // "adding that Quito \"respects the ruling\"": the quote opens on the verb
		v = d.tok(k)
	}
	if v.text == "," && asideWords[d.tok(k+1).lower] {
		// "Quito, in turn, responded": step over the aside.
		for j := k + 1; j < k+6 && j < s.hi; j++ {
			if d.toks[j].text == "," {
				k = j + 1
				v = d.tok(k)
				break
			}
		}
	}
	if v.kind == tokWord && !v.cap && len(v.lower) > 3 && strings.HasSuffix(v.lower, "s") && !strings.HasSuffix(v.lower, "ss") &&
		objectStarts[d.tok(k+1).lower] && !placeVerbs[v.lower] {
		return true // "which Lima sees as", "unless Ottawa drops the quotas"
	}
	if actedVerb(v) && d.tok(k+1).lower != "by" {
		return true // "Pyongyang tested", "Caracas responded"
	}
	if (beVerbs[v.lower] || standVerbs[v.lower]) && (d.stanceAfter(k+1) || isQuote(d.tok(k+1).text) && d.stanceAfter(k+2)) {
		return true // "Ottawa was disappointed by", "Lima is ready to", "Warsaw was \"ready to", "Algiers stood ready to"
	}
	if subjectVerbs[v.lower] {
		if experiencerVerbs[d.tok(k+1).lower] || experiencerVerbs[v.lower] {
			return false
		}
		return true
	}
	return false
}

// sanctionNear reports whether a trade or sanction word stands in sentence si.
func (d *doc) sanctionNear(si int) bool {
	s := d.sents[si]
	for k := s.lo; k < s.hi; k++ {
		if tr, n := d.lex.triggers.longest(d.toks, k, s.hi); n > 0 && tr.typ == graph.Sanction {
			return true
		}
	}
	return false
}

// actingHeads after a demonym and a hyphen make the state act: "Saudi-brokered".
var actingHeads = setOf("led", "backed", "brokered", "mediated", "sponsored", "funded", "armed", "allied", "aligned",
	"controlled", "run", "held", "organised", "organized", "drafted", "proposed", "hosted", "financed", "trained")

// asideWords open a short aside between a subject and its verb.
var asideWords = setOf("for", "in", "meanwhile", "however", "too", "though", "instead", "by", "on", "which", "analysts", "officials")

// objectStarts open the object or complement of a verb in the present.
var objectStarts = setOf("the", "a", "an", "that", "as", "to", "it", "its", "their", "his", "her", "this", "these",
	"those", "any", "no", "all", "more", "further", "new")

// transferBefore reports whether a word of giving stands shortly before
// token k: "weapons to Kyiv", "the sale of spare parts to Taipei".
func (d *doc) transferBefore(k int) bool {
	s := d.sents[d.sentOf[k]]
	for j := k - 1; j >= s.lo && j >= k-14; j-- {
		if travellers[d.toks[j].lower] {
			return false // "send a delegation to Niamey": people go to a place
		}
		if transferWords[d.toks[j].lower] {
			return true
		}
		if d.isBreak(j) {
			break
		}
	}
	return false
}

// transferWords give something to whoever follows "to".
//
// Of "return" only "returned" is listed ("returned the bodies to"): its
// other forms mostly tell of a journey ("before returning to the capital").
var transferWords = leaveOut(withVerbs(setOf("sale", "sales", "deliveries", "aid", "assistance", "weapons", "arms", "funding",
	"loan", "loans", "grant", "grants", "message", "letter", "appeal", "offer", "ultimatum", "support", "shipments",
	"package", "backing", "loyal", "allegiance", "threat", "warning"),
	"sell", "supply", "deliver", "send", "transfer", "give", "provide", "hand", "return", "extradite", "export",
	"ship", "donate", "pledge"), "return", "returns", "returning")

// travellers are sent somewhere rather than given to someone.
var travellers = setOf("delegation", "delegations", "envoy", "envoys", "mission", "team", "teams", "troops",
	"soldiers", "peacekeepers", "forces", "warships", "ships", "aircraft", "jets", "diplomats", "officials",
	"ambassador", "negotiators", "observers", "inspectors", "monitors", "investigators", "experts", "reinforcements")

// routeNouns before "between" make the capitals places: "the road between
// Kyiv and Odesa".
//
// Flights are left out: "flights between Tehran and Riyadh" link the states.
var routeNouns = setOf("border", "frontier", "road", "highway", "route", "railway", "rail",
	"line", "corridor", "distance", "way", "train", "trains", "trip", "drive", "journey", "miles", "kilometres",
	"kilometers", "km")

// placeVerbs take a place as object or are read of a place as subject:
// "struck Kyiv", "visited Moscow", "Kyiv-based".
var placeVerbs = setOf("visited", "reached", "entered", "struck", "shelled", "bombed", "attacked", "targeted",
	"hammered", "pounded", "raided", "captured", "seized", "besieged", "surrounded", "encircled", "liberated",
	"evacuated", "based", "located", "stationed", "headquartered", "arrived", "landed", "returned", "travelled",
	"traveled", "headed", "moved", "relocated", "occupied", "annexed", "invaded", "hit", "bombarded", "rocked",
	"shook", "crossed", "toured", "flooded", "blanketed", "surrounded", "hosted", "welcomed", "reported",
	"recorded", "registered", "killed", "wounded", "injured", "damaged", "destroyed", "hosted", "held", "founded",
	"built", "named", "called", "known", "considered", "seen", "regarded", "viewed", "affected", "hardest-hit")

// placeGerunds take a place as object: "visiting Moscow", "leaving Kyiv".
var placeGerunds = setOf("visiting", "leaving", "entering", "reaching", "bombing", "shelling", "striking", "hitting",
	"attacking", "targeting", "besieging", "surrounding", "encircling", "capturing", "seizing", "touring", "including",
	"during", "according", "regarding", "concerning", "following", "evacuating", "crossing", "occupying", "liberating",
	"hosting", "flooding", "rocking", "returning", "travelling", "traveling", "arriving", "landing", "bringing")

var timeWords = setOf("this", "last", "next", "week", "month", "year", "on", "today", "yesterday", "earlier",
	"later", "overnight", "morning", "evening", "night", "afternoon")

var adverbs = setOf("also", "again", "quickly", "swiftly", "promptly", "then", "now", "already", "still",
	"formally", "officially", "reportedly", "repeatedly", "publicly", "immediately", "previously", "recently",
	"itself", "too", "firmly", "sharply", "strongly", "first")

// securityAgents after "security" name a state's agents: "Russian
// security services".
var securityAgents = setOf("services", "service", "agents", "agencies", "personnel", "officials")

// demonymActs reports whether a demonym makes its country an actor of the
// article rather than a plain adjective.
func (d *doc) demonymActs(i int) bool {
	sp := &d.spans[i]
	next := d.tok(sp.hi)
	last := d.toks[sp.hi-1].lower
	counted := d.tok(sp.lo-1).kind == tokNumber || numberWords[d.tok(sp.lo-1).lower] > 0 || vagueCounts[d.tok(sp.lo-1).lower] > 0
	if strings.HasSuffix(last, "s") && last != "swiss" && !counted || d.toks[sp.lo].lower == "the" && (next.kind != tokWord || subjectVerbs[next.lower]) {
		return true // "the Iranians", "Israelis said", "the Chinese said"; not "46,000 Palestinians"
	}
	if stateNouns[next.lower] {
		return true
	}
	if d.envoysAct(sp) {
		return true // "Russian and Ukrainian negotiators ended talks"
	}
	if d.proposalNounAt(sp.hi) {
		return true // "a Greek plan", "the Iranian peace proposal": the state proposes
	}
	if next.lower == "security" && (forceWords[d.tok(sp.hi+1).lower] || securityAgents[d.tok(sp.hi+1).lower]) {
		return true // "Georgian security officers detained two reporters"
	}
	if d.weaponKindAt(sp.hi) {
		return true // "a Russian ballistic missile", "Israeli guided bombs"
	}
	if d.airspaceDemonym(sp) {
		return true // "Russian jets entered Estonian airspace": both states are sides
	}
	if d.postsUnderFire(sp) {
		return true // "fired on Indian posts": the state whose posts were hit is a side
	}
	if next.text == "-" && !next.space && actingHeads[d.tok(sp.hi+1).lower] {
		return true // "Kenyan-mediated talks", "Iranian-backed militias"
	}
	if d.goodsAfter(sp) && d.sanctionNear(sp.sent) {
		return true // "levies on Brazilian and Argentine beef": the states are targeted
	}
	if n := d.spanAt[min(sp.hi, len(d.toks)-1)]; n != 0 && sp.hi < len(d.toks) {
		if o := d.spans[n-1]; o.kind == spanRole || o.kind == spanGaz && o.gaz[0].typ == graph.Organization {
			return true
		}
	}
	if d.voteAfter(sp.hi) {
		return true // "the Bolivian presidential election": the state votes
	}
	if d.demonymStrikes(sp) {
		return true // "Israeli jets struck", "an Israeli airstrike"
	}
	if d.deedDemonym(sp) {
		return true // "any Turkish incursion would meet a response"
	}
	// "Kenyan, Angolan and Qatari envoys": a list whose last member acts.
	return d.demonymListActs(sp.hi)
}

// weaponKinds stand between a demonym and the weapon it fired: "a
// Russian cruise missile".
var weaponKinds = setOf("ballistic", "cruise", "hypersonic", "guided", "glide", "kamikaze", "long-range", "short-range",
	"medium-range", "anti-ship", "surface-to-air", "air-to-surface")

// weaponKindAt reports whether a kind of weapon and the weapon start at k:
// "ballistic missile".
func (d *doc) weaponKindAt(k int) bool {
	return weaponKinds[d.tok(k).lower] && weaponWords[d.tok(k+1).lower]
}

// beVerbs link a subject to how it stands.
var beVerbs = setOf("is", "was", "are", "were", "remains", "remained")

// standVerbs link a stance to its holder as "is" does: "stood ready to".
var standVerbs = setOf("stand", "stands", "stood")

// stanceWords after a form of "be" say how an actor stands: "Ottawa was
// ready to talk", "Lima is unwilling".
var stanceWords = setOf("ready", "willing", "unwilling", "prepared", "determined", "committed", "open", "keen",
	"reluctant", "eager", "confident", "concerned", "disappointed", "opposed", "satisfied", "interested",
	// Not stances, yet only an actor is them: "Beijing is locked in
	// disputes", "Washington was represented by its envoy".
	"locked", "embroiled", "represented", "invited")

// stanceAfter reports whether token k says how a subject stands rather
// than what befell a place: "was disappointed", not "was shelled".
func (d *doc) stanceAfter(k int) bool {
	t := d.tok(k)
	if t.lower == "not" || t.lower == "still" || t.lower == "also" {
		t = d.tok(k + 1)
	}
	return t.kind == tokWord && !t.cap && stanceWords[t.lower]
}

// mandateVerbs before "that" ask someone to act: "demanded that Rome pay".
var mandateVerbs = verbSet("demand", "insist", "ask", "request", "urge", "propose", "suggest", "recommend")

// overtureNouns come from an actor: "an offer from Ankara", "pressure from
// Washington".
var overtureNouns = setOf("offer", "offers", "overture", "overtures", "proposal", "proposals", "pressure",
	"request", "requests", "demand", "demands", "invitation", "invitations", "criticism", "warning", "warnings",
	"threat", "threats", "aid", "assistance", "support", "backing", "funding", "objections",
	"response", "condemnation", "message", "approval", "guarantees")

// overtureBefore reports whether an overture noun stands shortly before the
// "from" at token k, with no clause break between.
func (d *doc) overtureBefore(k int) bool {
	s := d.sents[d.sentOf[k]]
	for j := k - 1; j >= s.lo && j >= k-5; j-- {
		if overtureNouns[d.toks[j].lower] {
			return true
		}
		if d.isBreak(j) {
			break
		}
	}
	return false
}

// conjunctHeads head a lower-case plural that may follow a name in a
// conjunct: "Kinshasa and UN experts".
var conjunctHeads = setOf("experts", "officials", "leaders", "diplomats", "investigators", "analysts", "monitors",
	"governments", "allies", "authorities", "negotiators", "mediators", "partners")

// relativeActs reports whether the relative clause whose verb starts at k
// has an actor for subject: "which is locked in", "which accused", not
// "which was shelled" or "which hosted the summit".
func (d *doc) relativeActs(k int) bool {
	v := d.tok(k)
	if beVerbs[v.lower] {
		return d.stanceAfter(k + 1)
	}
	if v.lower == "has" || v.lower == "have" || v.lower == "had" {
		return actedVerb(d.tok(k + 1))
	}
	return actedVerb(v) && d.tok(k+1).lower != "by"
}

// asClauseSubject reports whether the capital at lo is the subject of a
// clause "as" opens ("as Kyiv stepped up its campaign", "as Berlin sought
// assurances"), not a member of a list ("cities such as Kyiv suffered").
func (d *doc) asClauseSubject(lo int, next token) bool {
	if d.tok(lo-1).lower != "as" || experiencerVerbs[next.lower] {
		return false
	}
	switch d.tok(lo - 2).lower {
	case "such", "well", "same", "known":
		return false
	}
	return actedVerb(next) || subjectVerbs[next.lower] && !beVerbs[next.lower]
}

// actedVerb reports whether v is a verb in the past that an actor does
// rather than one that befalls a place: "tested", "responded", not
// "shelled".
func actedVerb(v token) bool {
	return v.kind == tokWord && !v.cap && len(v.lower) > 4 && strings.HasSuffix(v.lower, "ed") && !placeVerbs[v.lower]
}
