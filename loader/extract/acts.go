package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// Acts of one state that analysts keep as "Other" events even when the
// text names no second party: drills and exercises, jets scrambled, an
// internet shutdown, an inauguration or a swearing-in. Each needs its own
// context, since the words also have everyday uses ("fire drills", "the
// cabinet was switched off from the talks").

// actOthers are the first words of this file's triggers; dropMention keeps
// them with a single party or only a place.
var actOthers = withVerbs(setOf("drills", "exercises", "drill", "exercise", "mourning", "military", "internet", "consultations", "swearing-in", "retraction"),
	"scramble", "switch", "withdraw", "pull", "inaugurate", "swear", "take", "retract")

// drillKinds before "drills" or "exercises" make them military ones:
// "naval drills", "militia exercises"; not "fire drills", "breathing
// exercises".
var drillKinds = setOf("military", "militia", "naval", "joint", "army", "air", "live-fire", "combat", "war",
	"amphibious", "missile", "large-scale", "massive", "snap", "annual", "troop", "army's", "navy")

// foreignForces are what a state expels besides diplomats.
var foreignForces = setOf("troops", "forces", "soldiers", "contingent", "peacekeepers", "mercenaries")

// aircraftWords are what an air force scrambles.
var aircraftWords = setOf("jets", "jet", "fighters", "fighter", "aircraft", "planes", "warplanes", "interceptors", "helicopters")

// networkWords are what a government switches off.
var networkWords = setOf("internet", "mobile", "networks", "network", "data", "broadband")

// actFits decides the triggers of this file; handled is false for a word it
// does not decide.
func (d *doc) actFits(lo, hi int) (fits, handled bool) {
	w := d.verbBase(d.joinLower(lo, hi)) // a verb by its base: "pulling back" is "pull back"
	if ok, handled := d.officeFits(lo, hi, w); handled {
		return ok, true
	}
	prev, next := d.tok(lo-1).lower, d.tok(hi).lower
	switch w {
	case "drills", "exercises":
		// "held naval drills", "exercises, which ended on Sunday"; the
		// kind word may stand two words back: "joint military exercises".
		return drillKinds[prev] || d.tok(lo-2).lower == "military" || next == "around" || next == "near" || next == "off", true
	case "drill", "exercise":
		// "a joint naval drill", "their annual Freedom Edge exercise"; not
		// "a fire drill" nor "urged both sides to exercise restraint".
		if prev == "to" || exerciseObjects[next] {
			return false, true
		}
		return drillKinds[prev] || d.tok(lo-2).lower == "military" || d.drillName(lo), true
	case "scramble":
		return d.wordAfter(hi, 4, aircraftWords), true
	case "internet shutdown", "internet shutdowns", "internet blackout", "switch off", "cut off", "shut down":
		// Other things cut off are decided elsewhere.
		if d.networkCut(lo, hi) {
			return true, true
		}
		return false, w == "switch off"
	case "consultations":
		if prev != "for" || !d.envoyBefore(lo) {
			return false, false
		}
		// "recalled its ambassador for consultations": the recall is the
		// event; "ordered the ambassador to return for consultations" is one
		// (actionType retypes it), not a meeting.
		return !d.recallBefore(lo), true
	case "withdraw", "pull back":
		// "withdraw from five hilltop positions", "pulled back from the
		// town"; not "withdrew from the race" or "withdraw the bill".
		if d.remarksWithdrawn(hi) {
			return true, true // "refused to withdraw the remarks": a retraction
		}
		return next == "from" && d.groundAfter(hi+1) && !d.untilAfter(lo), true
	case "inaugurate":
		// "inaugurated the dam", "was inaugurated on Monday"; not "the newly
		// inaugurated president", whose inauguration is told elsewhere.
		return prev != "newly" && !determiners[prev], true
	case "swear in", "swearing in":
		return true, true
	}
	return false, false
}

// networkCut reports whether lo..hi tells of a network cut: "an internet
// blackout", "the internet was switched off nationwide", "shut down the
// internet".
func (d *doc) networkCut(lo, hi int) bool {
	switch d.verbBase(d.joinLower(lo, hi)) {
	case "internet shutdown", "internet shutdowns", "internet blackout":
		return true
	case "switch off", "cut off", "shut down":
		at := lo
		if strings.HasSuffix(d.tok(lo-1).lower, "ly") {
			at-- // "has been largely shut down"
		}
		return d.wordAfter(hi, 4, networkWords) || d.passiveOf(at, networkWords)
	}
	return false
}

// shutdownPlace places a network cut told without a place: a state cuts
// its own network, so one named as the cut's party is where it happened,
// and with no state named ("the internet was switched off nationwide"),
// the state the article opens on.
func (d *doc) shutdownPlace(m *eventMention) {
	if m.typ != graph.OtherEvent || m.loc != nil || !d.networkCut(m.lo, m.hi) {
		return
	}
	for _, e := range m.parts {
		if e.typ == graph.Country {
			m.loc = e
			return
		}
	}
	m.loc = d.articleState(m)
}

// actEventNouns name the events of this file's verbs; every form of
// expelVerb names an expulsion.
var actEventNouns = mapTo(map[string]string{"withdraws": "withdrawal", "withdrew": "withdrawal", "withdrawn": "withdrawal", "withdrawing": "withdrawal",
	"pulled back": "withdrawal", "pulls back": "withdrawal", "pulling back": "withdrawal", "scrambled": "scramble", "scrambles": "scramble", "scrambling": "scramble", "switched off": "internet shutdown",
	"inaugurated": "inauguration", "inaugurates": "inauguration", "swear in": "swearing-in", "swore in": "swearing-in",
	"swears in": "swearing-in", "swearing in": "swearing-in", "at war": "war", "fought a war": "war",
	"fought a border war": "border war", "fought a civil war": "civil war", "waged war": "war", "waged a war": "war",
	"wage war": "war", "waging war": "war", "summoned": "summons",
	"take office": "inauguration", "takes office": "inauguration", "retract": "retraction", "retracts": "retraction",
	"retracted": "retraction", "deport": "deportation", "deports": "deportation", "deported": "deportation",
	"deporting": "deportation", "banned": "ban", "banning": "ban"}, expelVerbForms, expelNoun)

// actArgs gives an act with no party the nearest actor before it in its
// clause ("Beijing condemned the sale and answered with military drills"
// is Beijing's), else the subject of the verb before "and", and the partner
// of a joint act: "held joint exercises with the US Navy".
func (d *doc) actArgs(m *eventMention) {
	d.shutdownPlace(m)
	d.downfallArgs(m)
	d.postArgs(m)
	d.diplomaticProtestArgs(m)
	d.officeMood(m)
	d.independenceArgs(m)
	d.approvalArgs(m)
	w := d.toks[m.lo].lower
	if m.typ != graph.OtherEvent || !actOthers[w] && !actOthers[d.toks[m.hi-1].lower] {
		return
	}
	if m.verb && (withdrawVerbs[w] || retractVerbs[w]) {
		// "Hanoi wants Beijing to pull back from the reef": Beijing
		// withdraws, not Hanoi; the asked party, else the subject.
		doer := d.infinitiveDoer(m.lo)
		if retractVerbs[w] || d.remarksWithdrawn(m.hi) {
			m.noun = "retract" // "withdraw the remarks" is named a retraction
			if doer == nil && pronouns[d.tok(m.lo-1).lower] {
				// "unless she withdraws her remarks": the pronoun stands for
				// who spoke, not for the last name before it.
				doer = d.pronounPerson(m.lo-1, m.sent)
			}
			if doer == nil {
				// "unless Takaichi retracted the remarks": the speaker right
				// before, not the one who sets the condition.
				doer = d.actDoer(m)
			}
		}
		if doer == nil {
			doer = d.subjectBefore(m.lo, m.sent)
		}
		if doer != nil {
			m.parts = []*entity{doer}
		}
		if m.mod == graph.Denied {
			// "would not withdraw from the summit": a refusal of the
			// withdrawal asked for, which the ground it names must not split.
			m.loc = nil
		}
		return
	}
	if len(m.parts) > 0 && m.verb {
		return // a verb's clause already named its subject
	}
	if len(m.parts) > 0 && d.tok(m.hi).lower == "by" {
		return // "condemned drills by the US and Japan": who holds them is named
	}
	if w == "consultations" {
		d.recallArgs(m)
		return
	}
	doer := d.actDoer(m)
	switch {
	case doer == nil:
	case len(m.parts) == 0:
		m.parts = append(m.parts, doer)
	case !hasEntity(m.parts, doer):
		// "the arms package, which Beijing answered with drills": the
		// drills are Beijing's, not those of the state named first.
		m.parts = []*entity{doer}
	}
	s := d.sents[m.sent]
	if d.tok(m.hi).lower == "with" {
		k := m.hi + 1
		for k < s.hi && k < m.hi+4 && (determiners[d.toks[k].lower] || d.toks[k].lower == "a") {
			k++
		}
		if _, e := d.actorAt(k); e != nil {
			m.parts = appendUnique(m.parts, e)
		}
	}
}

// actDoer returns the nearest actor before an act in its clause, or the
// subject of the verb before its "and".
func (d *doc) actDoer(m *eventMention) *entity {
	s := d.sents[m.sent]
	for k := m.lo - 1; k >= s.lo && k >= m.lo-8; k-- {
		if sp, e := d.actorAt(k); e != nil {
			if d.isModifierActor(sp) {
				return nil
			}
			return e
		}
		if d.toks[k].lower == "and" {
			for _, sp := range d.walkBack(max(s.lo, k-3), k) {
				if e := actorOf(sp); e != nil && !d.isModifierActor(sp) {
					return e // "Beijing condemned and answered with drills"
				}
			}
			return d.coordSubject(k, m.sent)
		}
		if d.isBreak(k) {
			return nil
		}
	}
	return nil
}

// coordSubject returns the subject of the verb before the "and" at k:
// "the navy said it had stopped a mutiny and detained four captains" is
// the navy's detention, "it" standing for the sentence's speaker.
func (d *doc) coordSubject(k, si int) *entity {
	s := d.sents[si]
	if q := d.quoteOpen(k, s.lo); q != k {
		// `denounced what he called "a cowardly attack on worshippers"
		// and declared a day of mourning`: the long quotation ends a
		// clause, but it is the first verb's object, so the subject of
		// both verbs stands before it.
		if e := d.subjectBefore(q, si); e != nil {
			return e
		}
	}
	if e := d.subjectBefore(k, si); e != nil {
		return e
	}
	for j := k - 1; j > s.lo && j >= k-12; j-- {
		if w := d.toks[j].lower; w == "it" || w == "they" {
			return d.speakerOf(si)
		}
	}
	return nil
}

// envoyBefore reports whether an ambassador or envoy is named earlier in
// the sentence of k.
func (d *doc) envoyBefore(k int) bool { return d.sentWordBefore(k, envoyWords) }

// envoyWords name a state's envoy abroad.
var envoyWords = setOf("ambassador", "ambassadors", "envoy", "envoys", "high commissioner", "commissioner", "charge", "chargé")

// recallVerbs withdraw an envoy.
var recallVerbs = verbSet("recall")

// recallBefore reports whether a recall verb stands in the sentence of k
// before it.
func (d *doc) recallBefore(k int) bool { return d.sentWordBefore(k, recallVerbs) }

// sentWordBefore reports whether a word of set stands in the sentence of
// k before k.
func (d *doc) sentWordBefore(k int, set map[string]bool) bool {
	s := d.sents[d.sentOf[k]]
	for j := s.lo; j < k; j++ {
		if set[d.toks[j].lower] {
			return true
		}
	}
	return false
}

// recallArgs gives a recall told as "ordered its ambassador, X, to return
// for consultations" the one who orders and the envoy named.
func (d *doc) recallArgs(m *eventMention) {
	m.noun = "recall"
	var parts []*entity
	s := d.sents[m.sent]
	lo, _ := d.clause(m.lo)
	if e := d.subjectBefore(m.lo, m.sent); e != nil {
		parts = append(parts, e)
	}
	envoy := false
	for j, sp := range d.walk(max(lo, s.lo), m.lo) {
		if envoyWords[d.toks[j].lower] {
			envoy = true
			continue
		}
		if e := actorOf(sp); envoy && e != nil && e.typ == graph.Person {
			parts = appendUnique(parts, e)
			break
		}
	}
	if len(parts) > 0 {
		m.parts = parts
	}
}

// withdrawVerbs are the verbs of a withdrawal from ground.
var withdrawVerbs = verbSet("withdraw", "pull")

// groundWords are what forces withdraw from.
var groundWords = setOf("positions", "position", "territory", "territories", "areas", "area", "bases", "base",
	"town", "towns", "city", "cities", "villages", "region", "zone", "border", "frontier", "front", "lines",
	"soil", "outposts", "hilltops", "province", "enclave")

// groundAfter reports whether ground or a place follows k: "from five
// hilltop positions", "from Hadramawt".
func (d *doc) groundAfter(k int) bool {
	s := d.sents[d.sentOf[min(k, len(d.toks)-1)]]
	for j := k; j < s.hi && j < k+5; j++ {
		if groundWords[d.toks[j].lower] {
			return true
		}
		if sp, ok := d.spanEntity(j); ok && sp.ent != nil && (sp.ent.typ == graph.Location || sp.ent.typ == graph.Country) {
			return true
		}
		if d.isBreak(j) {
			return false
		}
	}
	return false
}

// infinitiveDoer returns who is to do the infinitive at lo: the actor
// right before its "to" ("press Rwanda to stop its raids and
// pull out"), else the one asked.
func (d *doc) infinitiveDoer(lo int) *entity {
	to := lo - 1
	if d.tok(to).lower == "and" {
		s := d.sents[d.sentOf[lo]]
		for to = lo - 2; to > s.lo && to >= lo-10 && d.toks[to].lower != "to"; to-- {
			if d.isBreak(to) {
				return nil
			}
		}
	}
	if d.tok(to).lower != "to" {
		return nil
	}
	if sp, e := d.actorAt(to - 1); e != nil && !d.isModifierActor(sp) {
		return e
	}
	if e, ok := d.askedBefore(to); ok {
		return e
	}
	return nil
}

// commaHeld returns the people a reduced relative after a comma tells of
// as held: "X and her partner Y, arrested in May 2022, were flown home".
// The participle must take no object, or it is a verb of its own.
func (d *doc) commaHeld(lo int) []*entity {
	if d.tok(lo-1).text != "," || !heldTail[d.tok(lo+1).lower] {
		return nil
	}
	sp, ok := d.spanEntity(max(lo-2, 0))
	if !ok || sp.ent == nil || sp.ent.typ != graph.Person {
		return nil
	}
	var out []*entity
	s := d.sents[d.sentOf[lo]]
	for j, sp := range d.walk(s.lo, lo-1) {
		if d.isBreak(j) && d.toks[j].lower != "and" {
			out = out[:0] // only the phrase right before the comma
		}
		if sp != nil && sp.ent != nil && sp.ent.typ == graph.Person {
			out = appendUnique(out, sp.ent)
		}
	}
	return out
}

// heldTail follow a participle that takes no object: "arrested in May",
// "detained since March".
var heldTail = setOf("in", "on", "since", "last", "during", "by", "at", "after", "for", "without", ",")

// exerciseObjects after "exercise" make it the verb: "exercise restraint",
// "exercise its right".
var exerciseObjects = setOf("restraint", "caution", "right", "rights", "power", "powers", "control", "influence",
	"its", "their", "his", "her", "the", "maximum", "utmost", "veto", "leverage", "patience", "care", "judgment", "judgement")

// drillName reports whether a drill or exercise at lo is named by
// capitalised words that some drill word introduces: "the annual Iron
// Shield exercise". A name alone ("the Smith exercise") is not enough.
func (d *doc) drillName(lo int) bool {
	s := d.sents[d.sentOf[lo]]
	k := lo - 1
	for k > s.lo && k >= lo-4 && d.toks[k].cap {
		k--
	}
	return k < lo-1 && drillKinds[d.toks[k].lower]
}
