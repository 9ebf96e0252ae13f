package extract

import (
	"github.com/geokg/geokg/graph"
)

// triggerFits filters readings a trigger word does not have here.
func (d *doc) triggerFits(lo, hi int, typ graph.EventType, verb bool) bool {
	w := d.toks[lo].lower
	// A verb is decided by its base form, so every form of it alike
	// ("had withdrawn", "telephoned"); where a noun is written like a verb's
	// base ("call", "vote"), the case body tests verb to tell them apart.
	key := w
	if verb {
		key = d.verbBase(w)
	}
	prev, next := d.wordBeforeQuote(lo), d.tok(hi).lower
	if d.spanAt[lo] != 0 {
		if sp := d.spans[d.spanAt[lo]-1]; sp.ent != nil || sp.kind == spanGaz {
			return false // part of a name: "Security Council"
		}
	}
	if sp, ok := d.spanEntity(lo); ok && sp.kind == spanName && d.toks[lo].cap && sp.lo < lo && typ != graph.Agreement && !d.titledWar(sp, lo, hi) {
		return false // "the Cold War": part of a name; "the Mutual Defense Treaty" still names a treaty
	}
	if verb && (key == "propose" || key == "offer") && d.offeredTrigger(hi) {
		return false // "a proposed 90-day truce": the truce is the event
	}
	if w == "plans" && !d.plansNoun(lo) {
		return false // "Russia plans to expand its navy": a verb of intent
	}
	if nonEventHeads[next] && !verb {
		return false // "ceasefire line", "ceasefire mediators"
	}
	if d.sanctionAsTopic(lo, typ, verb) {
		return false // "a dialogue on export controls"
	}
	if d.tariffsADealEnds(lo, typ, verb) {
		return false // "the pact would eliminate tariffs": a term of the deal
	}
	if typ == graph.Attack && d.haltedByAgreement(lo) {
		return false // "agreed to halt the fighting": the halt is the event
	}
	if typ == graph.Attack && d.purposeVerb(lo) {
		return false // "a missile designed to strike distant targets": what it is for
	}
	if typ == graph.Attack && !verb && d.arrestRaid(lo) {
		return false // "detained nine men in raids on two villages": the arrests' raids
	}
	if typ == graph.Attack && !verb && d.averted(lo) {
		return false // "talks to prevent accidental clashes": what the talks are for
	}
	if !verb && typ != graph.Attack && d.hypotheticalNoun(lo, typ) {
		return false // "any talks could cover migration": terms for talks that may never be
	}
	if fundedWarWords[w] && !verb && d.fundedWar(lo) {
		return false // "earn money to finance its war": a standing drain, told in passing
	}
	if ok, handled := d.settledFit(fitArgs{lo, hi, typ, verb}); handled {
		return ok
	}
	if expelWords[key] || key == "summon" {
		// "expelled French troops": a state ordering foreign forces out
		// is as much an expulsion as one of diplomats.
		return d.diplomatWordNear(hi) || w != "summoned" && d.wordAfter(hi, 4, foreignForces) || w == "expelled" && d.envoyExpelled(lo) ||
			w == "summoned" && d.envoySubjectBefore(lo) >= 0
	}
	switch key {
	case "first":
		return d.roundFits(lo, hi)
	case "talk":
		return next != "of" // "reject talk of a delay": speculation, not a meeting
	case "deal":
		return next != "with"
	case "contract", "contracts":
		return d.contractSigned(lo)
	case "declaration":
		return hi > lo+1 || d.declarationAgreed(lo, hi) // "declaration of independence" is read as written
	case "results", "tally":
		return d.resultsFits(lo, hi)
	case "declare", "proclaim":
		if hi > lo+1 {
			return true // "declared independence": the act its phrase names
		}
		// "declared him the winner": the announcement of a result.
		_, chi := d.clause(lo)
		for k := hi; k < chi && k < hi+16; k++ {
			switch d.toks[k].lower {
			case "winner", "victor", "victory", "elected", "president-elect":
				return true
			}
		}
		return false
	case "statement":
		return statementOpeners[prev] || prev == "the" && d.tok(lo-2).lower == "in" || statementChannels[prev] && statementOpeners[d.tok(lo-2).lower]
	case "address":
		return (determiners[prev] || speechKinds[prev]) && !verb
	case "post":
		if verb {
			return next == "on" && !postedThings[prev]
		}
		if d.hyphenPrefix(hi) {
			return false // "a post-election crisis"
		}
		if d.jobPost(lo, hi) && !(next == "on" && d.platformAt(hi+1)) {
			return false // "resigned from his post on Friday": an office
		}
		return next == "on" || determiners[prev] && prev != "in"
	case "plan", "offer", "proposal":
		return true // noun or verb alike
	case "summit", "summits":
		// "the summit of Mount Hermon": a mountain top.
		k := d.pastThe(hi + 1)
		return !(next == "of" && mountWords[d.tok(k).lower])
	case "negotiate":
		// "the deal had been negotiated in secret", "a negotiated
		// settlement": the deal is named, not a round of talks.
		// "the negotiating table" is no round of talks either; a passive
		// only names a deal in the participle: "has been negotiating" is
		// talks.
		return !determiners[prev] && (w != "negotiated" || !passiveWords[prev] && prev != "newly")
	case "treaty", "charter":
		return prev != "founding" // "Article 4 of NATO's founding treaty": a standing text
	case "video":
		return hi-lo > 1 || d.videoStatement(lo, hi)
	case "warrant":
		return next == "for" || determiners[prev] && prev != "in"
	case "takeover":
		return d.powerTakeover(lo, hi)
	case "murder", "murders":
		if verb {
			break // "gunmen murdered": decided below
		}
		// "the murder of a judge", not "a climate of fear and murder".
		return determiners[prev] || prev == "'s" || next == "of" && d.tok(hi+1).lower != "civilians"
	case "exchange":
		// "the exchange took place", "an exchange of detainees"; not "in
		// exchange for", "exchange rates", "an exchange of views".
		if !verb {
			if prev == "in" && next == "for" || next == "rate" || next == "rates" || next == "of" && !captiveWords[d.tok(hi+1).lower] {
				return false
			}
			return determiners[prev] || captiveWords[prev] || captiveWords[d.tok(hi+1).lower]
		}
		fallthrough
	case "swap", "swaps":
		if typ == graph.Attack || hi-lo > 1 {
			return true // "exchanged heavy fire"
		}
		// "exchanged three hostages for 90 prisoners", "a prisoner swap"
		for j := hi; j < len(d.toks) && j < hi+4; j++ {
			if captiveWords[d.toks[j].lower] {
				return true
			}
		}
		return !verb && (prev == "first" || prev == "second" || prev == "the" || prev == "a" || captiveWords[prev])
	case "killing", "killings":
		// The killing of nine herders, last month's killings; not "killing four
		// people", which tells the toll of another event.
		return next == "of" || determiners[prev] || prev == "'s" || prev == "targeted" || prev == "mass"
	case "advance":
		return next == "on" || next == "toward" || next == "towards" || next == "into"
	case "fighting":
		return !determiners[prev] || prev == "the" || prev == "heavy"
	case "capture", "seizure":
		if !verb {
			return next == "of"
		}
		fallthrough
	case "seize", "recapture", "retake", "overrun":
		return d.seizeFits(w, lo, hi)
	case "strike", "strikes":
		if !verb {
			return prev != "hunger" && prev != "general"
		}
		fallthrough
	case "seal":
		// "the deal struck by the two leaders", "struck a trade deal": an
		// agreement made, not a blow.
		return !d.agreementStruck(lo, hi) && !d.disasterStruck(lo) && !(w == "struck" && d.figurativeStrike(hi))
	case "gunfire":
		// "came under gunfire from the bank", "gunfire on a convoy"; not
		// "hours of gunfire", the sound of a fight already named.
		return prev == "under" || prev == "heavy" || next == "on" || next == "at" || next == "from" || next == "hit" || next == "struck"
	case "war":
		return !warCompounds[next] // "Russia's war machine" is no war of its own
	case "contacts":
		return true
	case "contact":
		return prev == "in" || next == "with"
	case "touch":
		return prev == "in" && next == "with" // "was in touch with the Sri Lankan authorities"
	case "agree":
		return d.agreeFits(lo, hi)
	case "call":
		if !verb {
			return next == "with" || prev == "phone" || prev == "telephone" || prev == "video"
		}
		fallthrough
	case "phone", "telephone", "speak":
		if !verb {
			break // "phone call" is decided below
		}
		return d.callFits(lo, hi, key, next)
	case "visit", "trip":
		return !leisureWords[prev] // noun or verb alike: "arrested during a tourist trip" is no diplomacy
	case "vote":
		if verb {
			return d.bodyBefore(lo)
		}
		// "vote of no confidence"; a bare vote is too often a count or a
		// verb, unless it is the vote on a resolution told before.
		return hi-lo > 1 || d.resolutionBefore(lo) && (determiners[prev] || prev == "'s")
	case "clash":
		return !verb || d.clashFits(hi)
	case "fire":
		switch next {
		case "rockets", "missiles", "shells", "drones", "artillery", "mortars", "mortar", "at", "on", "a", "ballistic", "cruise", "dozens", "more", "salvos":
			return true
		}
		if verb && (next == "from" || next == "by") && d.weaponBefore(lo, 1) && d.opensClause(lo-1) {
			// "Rockets fired from Cambodia killed four": weapons opening
			// the clause were fired in the attack it reports; "hit by a
			// missile fired from Crimea" tells again the strike "hit" names.
			return true
		}
		return d.weaponAfter(hi, 6)
	case "kill":
		// "were killed in Darfur" names a killing only when no other attack
		// word of the sentence does.
		return !d.otherAttackIn(lo)
	case "detain", "arrest":
		if !verb {
			break // the noun "arrest" is decided below
		}
		return d.namedPersonAround(lo, hi) // "X, a reporter, was arrested in Minsk"; not "200 were detained"
	case "collapse":
		return d.structureNear(lo) // noun or verb alike: "the collapse of a mine shaft", not "the truce collapsed"
	case "shoot":
		if next == "down" && d.weaponAfter(hi+1, 5) {
			return false // "shot down two of the missiles": a defence, not an attack
		}
		return next == "dead" || next == "down" || next == "and" || d.tok(hi+1).lower == "dead"
	case "duty":
		return next == "on" || prev == "%" || d.tok(lo-1).kind == tokNumber || prev == "percent"
	case "curbs":
		return next == "on" || prev == "export" || prev == "trade" || prev == "chip" || prev == "new"
	case "rally", "demonstrate":
		if !verb {
			break // the noun "rally" is decided below
		}
		return d.crowdBefore(lo)
	case "march", "marches":
		if verb {
			return d.crowdBefore(lo)
		}
		// "the march on the capital"; not the month.
		// A march named in passing ("detained 200 after the march") is
		// told elsewhere, if at all.
		return !d.toks[lo].cap && (prev == "a" || prev == "protest" || prev == "'s" || d.tok(lo-1).kind == tokNumber || marchAfter[next])
	case "riot", "riots":
		switch next {
		case "police", "gear", "squad", "squads", "control", "officers", "troops", "shields", "unit", "units":
			return false
		}
		return true
	case "partnership", "partnerships", "framework", "initiative", "roadmap":
		// An existing partnership is not a proposal; one offered is.
		// "a framework agreement" is an agreement.
		return typ == graph.Agreement || d.modalityAt(lo) != graph.Asserted || prev == "proposed" || prev == "offered" || prev == "new" ||
			w == "framework" && d.settlementFramework(lo, hi)
	case "protest", "protests":
		return d.protestFits(lo, prev, verb)
	case "write", "tweet", "say":
		return d.platformOn(hi) || w == "wrote" && d.wroteTo(hi)
	case "letter", "message", "messages", "remarks":
		return d.statementNounFits(lo, hi)
	case "launch", "launches", "test", "tests":
		// A missile launch or test, noun or verb alike; "launched a
		// missile attack" is the attack's.
		if next == "by" {
			return false // "a drone launched by rebels struck ...": the strike is the event
		}
		return !d.attackNounAfter(hi, 8) && (d.weaponAfter(hi, 10) || d.weaponBefore(lo, 4))
	case "ruling":
		switch next {
		case "by", "of", "that", "on", "in", "against", ",", ".", "which":
			return determiners[prev] || prev == "'s" || prev == "court" || prev == "tribunal" || d.tok(lo-1).kind == tokNumber
		}
		return false
	case "conflict", "withdrawal", "verdict", "sentence", "blockade":
		return true // "blockade" a noun or verb alike
	case "report":
		// "a report by the IAEA chief", "Grossi's report"; not "to report".
		return next == "by" || prev == "'s" || prev == "latest" && next == "by"
	case "resolution":
		// "the resolution, drafted by ...", "adopted a resolution".
		// "the US-drafted resolution", "its annual resolution".
		return determiners[prev] || prev == "draft" || prev == "council" || prev == "un" || prev == "u.n." || resolutionQualifiers[prev]
	case "halt", "suspend":
		if !verb {
			break // the noun "halt" is decided below
		}
		return d.haltFits(w, hi)
	}
	if typ == graph.Meeting && verb && key == "meet" && d.meetsThing(hi) {
		return false // "would not meet the target"
	}
	if typ == graph.Meeting && !verb && (prev == "through" || prev == "via" || prev == "and" && (d.tok(lo-3).lower == "through" || d.tok(lo-3).lower == "via")) {
		return false // "settle the dispute by dialogue and negotiation": a means, not a meeting
	}
	if typ == graph.Statement && verb {
		return next == "on"
	}
	return true
}

// qualifierOf returns the capitalised name words or the year standing
// right before a trigger that no entity claims: "1995 Dayton" before
// "peace accords", "Abraham" before "Accords".
func (d *doc) qualifierOf(lo int) string {
	k := lo
	s := d.sents[d.sentOf[lo]]
	for k > s.lo {
		t := d.toks[k-1]
		if t.kind == tokNumber && len(t.text) == 4 {
			k--
			continue
		}
		if t.kind == tokWord && t.cap && !stopCaps[t.lower] {
			if sp, ok := d.spanEntity(k - 1); ok && sp.ent != nil && sp.ent.typ != graph.Location {
				break
			}
			if k-1 == s.lo {
				break // a capital that only opens the sentence
			}
			k--
			continue
		}
		break
	}
	if k == lo {
		return d.yearModifiers(lo)
	}
	if d.toks[k].kind == tokNumber {
		k, _ = d.openedYear(k) // "the July 2021 protests"
	}
	return d.spanText(k, lo)
}

// mountWords open a mountain's name: "the summit of Mount Hermon".
var mountWords = setOf("mount", "mt", "mountain", "mountains", "hill", "peak", "volcano")

// fitArgs is the trigger a fit rule judges: its tokens, the type it would
// give and whether it is read as a verb.
type fitArgs struct {
	lo, hi int
	typ    graph.EventType
	verb   bool
}

// settledFits are the rules that, where their own wording stands, settle
// whether a trigger is an event, tried in order: the first that handles
// the trigger decides it.
var settledFits = [...]func(d *doc, a fitArgs) (ok, handled bool){
	func(d *doc, a fitArgs) (bool, bool) { return d.armedCampaignFits(a.lo, a.hi) },
	func(d *doc, a fitArgs) (bool, bool) { return d.custodyFits(a.lo, a.hi, a.verb) },
	func(d *doc, a fitArgs) (bool, bool) { return d.stateActFits(a.lo, a.hi) },
	func(d *doc, a fitArgs) (bool, bool) { return d.actFits(a.lo, a.hi) },
	func(d *doc, a fitArgs) (bool, bool) { return d.downfallFits(a.lo, a.hi) },
	func(d *doc, a fitArgs) (bool, bool) { return d.ruledOutFits(a.lo, a.typ, a.verb) },
	func(d *doc, a fitArgs) (bool, bool) { return d.diplomaticProtestFits(a.lo, a.hi) },
	func(d *doc, a fitArgs) (bool, bool) { return d.signedPaperFits(a.lo, a.hi) },
	func(d *doc, a fitArgs) (bool, bool) { return d.actionFits(a.lo, a.hi, a.verb) },
	func(d *doc, a fitArgs) (bool, bool) { return d.recognitionFits(a.lo, a.hi, a.verb) },
	func(d *doc, a fitArgs) (bool, bool) { return d.coupFits(a.lo, a.hi) },
	func(d *doc, a fitArgs) (bool, bool) { return d.attackFormFits(a.lo) },
	func(d *doc, a fitArgs) (bool, bool) { return d.crowdActFits(a.lo, a.hi, a.typ) },
	func(d *doc, a fitArgs) (bool, bool) { return d.probeFits(a.lo) },
	func(d *doc, a fitArgs) (bool, bool) { return d.airspaceFits(a.lo, a.hi) },
	func(d *doc, a fitArgs) (bool, bool) { return d.banFits(a.lo, a.hi) },
	func(d *doc, a fitArgs) (bool, bool) { return d.deportFits(a.lo, a.hi) },
	func(d *doc, a fitArgs) (bool, bool) { return d.curfewFits(a.lo, a.hi) },
	func(d *doc, a fitArgs) (bool, bool) { return d.deployFits(a.lo, a.hi) },
	func(d *doc, a fitArgs) (bool, bool) { return d.visaFreeFits(a.lo) },
	func(d *doc, a fitArgs) (bool, bool) { return d.approvalFits(a.lo, a.hi) },
}

// settledFit is the one place triggerFits asks the settling rules, so a
// new rule joins the table rather than another branch of triggerFits.
func (d *doc) settledFit(a fitArgs) (ok, handled bool) {
	for _, fit := range settledFits {
		if ok, handled := fit(d, a); handled {
			return ok, true
		}
	}
	return false, false
}
