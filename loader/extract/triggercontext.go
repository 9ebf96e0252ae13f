package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// testLaunch reports whether a firing at [lo, hi) sends weapons into the
// sea or is called a test: "launched cruise missiles into the Yellow Sea".
func (d *doc) testLaunch(lo, hi int) bool {
	switch d.toks[lo].lower {
	case "fired", "launched", "test-fired":
	default:
		return false
	}
	_, chi := d.clause(lo)
	if d.weaponBefore(lo, 3) {
		// "The missile, fired from the capital area, flew 1,000 km
		// before striking a target in the sea off the coast": a test.
		s := d.sents[d.sentOf[lo]]
		for j := hi; j < s.hi && j < hi+24; j++ {
			if d.toks[j].lower == "in" && (d.tok(j+1).lower == "waters" || d.tok(j+1).lower == "the" && d.tok(j+2).lower == "sea") {
				return true
			}
		}
	}
	for j := hi; j < chi && j < hi+14; j++ {
		if d.toks[j].lower != "into" && d.toks[j].lower != "toward" && d.toks[j].lower != "towards" {
			continue
		}
		k := j + 1
		for d.tok(k).lower == "the" || d.tok(k).lower == "open" {
			k++
		}
		if w := d.tok(k).lower; w == "sea" || w == "waters" || w == "ocean" {
			return true
		}
		if sp, ok := d.spanEntity(k); ok && sp.kind == spanGaz && len(sp.gaz) > 0 && (sp.gaz[0].kind == "sea" || sp.gaz[0].kind == "strait") {
			return true
		}
	}
	return d.tok(lo-1).lower == "test" || d.tok(lo-1).lower == "test-fired"
}

// seizeFillers stand between a verb of seizing and what is seized: "overran
// a military base".
var seizeFillers = setOf("a", "an", "two", "several", "military", "army", "police", "naval", "air", "key", "strategic", "remote", "border")

// seizable are what an armed force seizes.
var seizable = setOf("headquarters", "base", "town", "city", "village", "airport", "port", "bridge", "checkpoint",
	"garrison", "outpost", "post", "posts", "camp", "bases", "positions", "territory", "airbase", "barracks", "crossing", "oilfield", "capital", "province", "district")

// seizedShips are the ships an armed force seizes at sea, an act of force
// like a town taken: "the Guards seized a foreign oil tanker". Fishing
// boats and trawlers held by a coast guard are left to the arrest rules.
var seizedShips = setOf("tanker", "tankers", "ship", "ships", "vessel", "vessels", "freighter", "freighters",
	"carrier", "carriers", "cargo")

// shipSeized reports whether the object of a verb of seizing ending at k
// is a ship: "seized a Marshall Islands-flagged tanker"; not "seized drugs
// from a vessel", where the ship only holds what was seized.
func (d *doc) shipSeized(k int) bool {
	s := d.sents[d.sentOf[min(k, len(d.toks)-1)]]
	for j := k; j < s.hi && j < k+5; j++ {
		w := d.toks[j].lower
		if seizedShips[w] {
			return true
		}
		if d.isBreak(j) || prepositions[w] || w == "and" {
			return false
		}
	}
	return false
}

// weaponWords are what is fired, launched or tested.
var weaponWords = setOf("missile", "missiles", "rocket", "rockets", "drone", "drones", "icbm", "icbms", "warhead",
	"warheads", "bomb", "bombs", "device", "weapon", "weapons", "nuclear", "ballistic", "cruise", "hypersonic",
	"satellite", "projectile", "projectiles", "interceptor", "interceptors", "torpedo", "torpedoes", "shells",
	"munitions", "salvo", "salvos", "srbm", "srbms", "slbm", "irbm")

// weaponAfter reports whether a weapon word follows within n tokens of the
// same sentence.
func (d *doc) weaponAfter(k, n int) bool {
	s := d.sents[d.sentOf[min(k, len(d.toks)-1)]]
	for j := k; j < s.hi && j < k+n; j++ {
		if weaponWords[d.toks[j].lower] {
			return true
		}
		if d.trigAt != nil && d.trigAt[j] {
			return false
		}
	}
	return false
}

// attackNounAfter reports whether an attack noun follows within n tokens
// of the same clause: "mounted a heavy rocket and drone attack".
func (d *doc) attackNounAfter(k, n int) bool {
	s := d.sents[d.sentOf[min(k, len(d.toks)-1)]]
	for j := k; j < s.hi && j < k+n; j++ {
		if d.isBreak(j) {
			return false
		}
		if tr, m := d.lex.triggers.longest(d.toks, j, s.hi); m > 0 && tr.typ == graph.Attack && !d.purposeVerb(j) {
			return true
		}
	}
	return false
}

// weaponBefore reports whether a weapon word stands within n tokens
// before k: "a missile test".
func (d *doc) weaponBefore(k, n int) bool {
	s := d.sents[d.sentOf[k]]
	for j := k - 1; j >= s.lo && j >= k-n; j-- {
		if weaponWords[d.toks[j].lower] {
			return true
		}
	}
	return false
}

// otherAttackIn reports whether the sentence of token k holds an attack
// word other than a form of "kill".
func (d *doc) otherAttackIn(k int) bool {
	return d.attackWordIn(int(d.sentOf[k]), k)
}

// attackWordIn reports whether sentence si holds an attack word other than
// a form of "kill", leaving out the word at skip.
func (d *doc) attackWordIn(si, skip int) bool {
	s := d.sents[si]
	for j := s.lo; j < s.hi; j++ {
		if j == skip {
			continue
		}
		if tr, n := d.lex.triggers.longest(d.toks, j, s.hi); n > 0 && tr.typ == graph.Attack && !killedWords[d.toks[j].lower] {
			return true
		}
	}
	return false
}

// crowdWords say that people, not a government, protest.
var crowdWords = setOf("thousands", "hundreds", "tens", "dozens", "crowds", "crowd", "students", "residents",
	"workers", "supporters", "people", "demonstrators", "protesters", "opponents", "activists", "farmers",
	"women", "youths", "villagers", "citizens", "voters", "protestors", "mourners", "opposition", "many",
	"venezuelans", "georgians", "israelis", "palestinians", "serbians", "serbs", "iranians", "kenyans")

func (d *doc) crowdBefore(k int) bool {
	s := d.sents[d.sentOf[k]]
	for j := k - 1; j >= s.lo && j >= k-8; j-- {
		if crowdWords[d.toks[j].lower] || d.toks[j].kind == tokNumber {
			return true
		}
	}
	return false
}

// platforms are the networks a post is made on.
var platforms = setOf("telegram", "x", "facebook", "twitter", "truth social", "instagram", "youtube", "tiktok",
	"whatsapp", "weibo", "wechat", "vkontakte", "vk", "bluesky", "threads", "linkedin")

// platformAt reports whether a social network is named at token k.
func (d *doc) platformAt(k int) bool {
	sp, ok := d.spanEntity(k)
	if !ok || sp.lo != k {
		return false
	}
	return platforms[strings.ToLower(d.spanText(sp.lo, sp.hi))]
}

// troopWords are armed people sent in numbers: "troops", "police".
var troopWords = setOf("troops", "soldiers", "forces", "personnel", "police", "officers", "units", "battalions", "peacekeepers")

// forceWords are troops and the arms and services they come with: "warships",
// "the navy"; orderedForces instead add the people an order sends.
var forceWords = setPlus(troopWords, "warships", "ships", "jets", "aircraft", "fighters", "missiles", "battalion",
	"brigade", "brigades", "army", "marines", "navy", "carrier", "destroyers", "submarines", "bombers", "force")

var diplomatWords = setOf("diplomat", "diplomats", "ambassador", "ambassadors", "envoy", "envoys", "charge",
	"chargé", "consul", "attache", "attaché", "embassy", "staff", "journalists", "correspondent", "observers")

// unOfficialWords name the United Nations' man or woman in a country, who
// is expelled as an envoy is: "expelled the UN's top official", "expels UN
// humanitarian chief".
var unOfficialWords = setOf("official", "chief", "representative", "coordinator")

// unWords name the United Nations in a short form before its official.
var unWords = setOf("un", "u.n.", "nations")

func (d *doc) diplomatWordNear(hi int) bool {
	s := d.sents[d.sentOf[min(hi, len(d.toks)-1)]]
	sawUN := false
	for j := hi; j < s.hi && j < hi+8; j++ {
		w := d.toks[j].lower
		if diplomatWords[w] || w == "commissioner" && d.tok(j-1).lower == "high" {
			return true // a Commonwealth state's envoy is its high commissioner
		}
		if sawUN && unOfficialWords[w] {
			return true
		}
		sawUN = sawUN || unWords[w]
	}
	return false
}

// legislatureBefore reports whether a parliament or its members vote at k.
func (d *doc) legislatureBefore(k int) bool {
	s := d.sents[d.sentOf[k]]
	for j := k - 1; j >= s.lo && j >= k-6; j-- {
		switch w := d.toks[j].lower; w {
		case "lawmakers", "legislators", "deputies", "senators", "mps", "parliament", "parliamentarians", "congress", "senate", "assembly", "house", "knesset", "duma", "rada", "bundestag", "diet":
			return true
		}
	}
	return false
}

// bodyBefore reports whether a voting body is the subject before k: "the
// Security Council voted", "lawmakers voted".
func (d *doc) bodyBefore(k int) bool {
	s := d.sents[d.sentOf[k]]
	for j := k - 1; j >= s.lo && j >= k-6; j-- {
		switch w := d.toks[j].lower; {
		case w == "lawmakers" || w == "legislators" || w == "members" || w == "deputies" || w == "senators" || w == "mps":
			return true
		case d.spanAt[j] != 0:
			sp := &d.spans[d.spanAt[j]-1]
			if sp.kind == spanGaz && len(sp.gaz) > 0 && sp.gaz[0].typ == graph.Organization || sp.kind == spanName && orgKeywords[sp.toks[len(sp.toks)-1]] {
				return true
			}
			j = sp.lo
		}
	}
	return false
}

// meetsThing reports whether "meet" at k takes a thing, not a party: "meet
// the target", "meet its obligations", "meet demands". The thing may stand
// past a run of modifiers ("met with a swift and crushing response"), but
// not past a preposition of its own: "met with envoys to set a target".
func (d *doc) meetsThing(k int) bool {
	for j, n := k, 0; j < len(d.toks) && n < 7; j++ {
		t := d.toks[j]
		if isQuote(t.text) {
			continue // would meet "a harsh and immediate response"
		}
		n++
		if t.kind != tokWord || d.spanAt[j] != 0 || j > k && prepositions[t.lower] {
			return false
		}
		if thingNouns[t.lower] {
			return true
		}
	}
	return false
}

// thingNouns are what "meet" takes when it is not a meeting: "meet the
// target", "meet its obligations", "met with force".
var thingNouns = setOf("target", "targets", "deadline", "deadlines", "demand", "demands", "goal", "goals",
	"criteria", "requirement", "requirements", "obligation", "obligations", "expectations", "needs", "need",
	"standard", "standards", "conditions", "condition", "threshold", "quota", "commitment", "commitments",
	"costs", "cost", "challenge", "challenges", "payroll", "terms", "benchmark", "benchmarks", "pledge", "pledges",
	// How an act is answered: "would be met with force", "met with a
	// harsh response".
	"force", "response", "responses", "resistance", "retaliation", "reprisal", "reprisals", "backlash",
	"criticism", "condemnation", "scepticism", "skepticism")

// gerund reports whether a trigger noun is a verb in "-ing" taking an
// object: "spoke to the press after meeting the Greek defence minister".
func (d *doc) gerund(lo, hi int) bool {
	if hi-lo != 1 || !strings.HasSuffix(d.toks[lo].lower, "ing") {
		return false
	}
	switch d.tok(lo - 1).lower {
	case "after", "before", "while", "since", "by", "when", "upon", "on":
		return d.actorNear(hi) || d.roleNear(hi)
	}
	return false
}

// roleNear reports whether a title starts at k, possibly after a demonym or
// possessive: "meeting Greek Defence Minister Nikos Dendias".
func (d *doc) roleNear(k int) bool {
	for j, sp := range d.walk(k, k+3) {
		if sp != nil {
			if sp.kind == spanRole {
				return true
			}
			continue
		}
		if d.toks[j].lower != "the" {
			return false
		}
	}
	return false
}

// protestIn reports whether a sentence names a protest. The word must
// read as one here: a dateline's "March 5" is no march.
func (d *doc) protestIn(s sentence) bool {
	for k := s.lo; k < s.hi; k++ {
		if tr, n := d.lex.triggers.longest(d.toks, k, s.hi); n > 0 && tr.typ == graph.Protest && d.triggerFits(k, k+n, tr.typ, tr.verb) {
			return true
		}
	}
	return false
}

var captiveWords = setOf("hostages", "hostage", "prisoners", "prisoner", "captives", "captive", "detainees", "detainee", "pows", "pow", "bodies", "soldiers")

// modifiesTrigger reports whether an event noun follows within a few
// modifier words: "proposed 90-day truce", "offered economic partnership".
func (d *doc) modifiesTrigger(k int) bool {
	return d.modifiesTriggerWithin(k, 5)
}

// modifiesTriggerWithin is modifiesTrigger over n words: an offered truce
// may carry a longer run of modifiers ("a three-month humanitarian truce").
func (d *doc) modifiesTriggerWithin(k, n int) bool {
	for j := k; j < len(d.toks) && j < k+n; j++ {
		if _, n := d.lex.triggers.longest(d.toks, j, len(d.toks)); n > 0 {
			return true
		}
		t := d.toks[j]
		if t.kind == tokWord && (t.cap || d.spanAt[j] != 0) || t.kind == tokPunct && t.text != "-" {
			return false
		}
	}
	return false
}

// actorNear reports whether an actor, or a title of one ("the CDS of
// India"), starts at token j.
func (d *doc) actorNear(j int) bool {
	if j >= len(d.toks) {
		return false
	}
	if _, e := d.actorAt(j); e != nil {
		return true
	}
	t := d.toks[j]
	if sp, ok := d.spanEntity(j); ok && sp.kind == spanRole || t.allUpper {
		k := j + 1
		if sp != nil {
			k = sp.hi
		}
		if d.tok(k).lower == "of" {
			_, e := d.actorAt(min(k+1, len(d.toks)-1))
			return e != nil
		}
	}
	return false
}

// structureWords name what can fall down.
var structureWords = setOf("building", "buildings", "bridge", "dam", "canopy", "roof", "mine", "tunnel", "tower",
	"station", "hospital", "school", "block", "stadium", "wall", "factory", "hotel", "mall", "church", "mosque",
	"temple", "house", "houses", "apartment", "structure", "stage", "scaffolding", "crane", "ceiling", "pier")

// structureNear reports whether a structure word stands within four words
// of token k in its sentence.
func (d *doc) structureNear(k int) bool {
	s := d.sents[d.sentOf[k]]
	for j := max(s.lo, k-4); j < s.hi && j <= k+5; j++ {
		if structureWords[d.toks[j].lower] {
			return true
		}
	}
	return false
}

// namedPersonAround reports whether a named person is the one a verb at
// [lo, hi) acts on: its passive subject ("Ana Ruiz, a lawyer, was
// arrested") or its object ("police arrested Ana Ruiz").
func (d *doc) namedPersonAround(lo, hi int) bool {
	if e := d.namedAt(hi); e != nil && e.typ == graph.Person {
		return true
	}
	k := lo - 1
	for k > 0 && (auxWords[d.toks[k].lower] || d.toks[k].lower == "been" || d.toks[k].lower == "was" || d.toks[k].lower == "were") {
		k--
	}
	if k == lo-1 {
		return false // active with no person after it
	}
	if d.tok(k).text == "," {
		if a := d.appositionStart(k, d.sents[d.sentOf[k]].lo); a >= 0 {
			k = a - 1
		}
	}
	sp, ok := d.spanEntity(max(k, 0))
	return ok && sp.ent != nil && sp.ent.typ == graph.Person
}
