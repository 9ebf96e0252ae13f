package extract

import "github.com/geokg/geokg/graph"

// Acts of state between two parties that news tells with a verb and its
// object rather than with an event noun: diplomatic relations broken off
// with a state, envoys ordered to leave the country, a person declared
// persona non grata, asylum granted to a person, a pardon. Their parties
// are the one who acts and the one acted on, and nobody else the sentence
// names: "Chile broke off relations with Bolivia after the Bolivian embassy
// granted asylum to X" is Chile and Bolivia, and the asylum is an act of
// its own.

// tiesWords end the phrases that break or restore relations.
var tiesWords = setOf("relations", "ties")

// tiesVerbs open those phrases.
var tiesVerbs = verbSet("sever", "cut", "break", "restore")

// envoyOrderVerbs send an envoy away: "ordered the ambassador to leave
// the country", "told three diplomats to leave the country".
var envoyOrderVerbs = verbSet("order", "tell", "instruct")

// declareVerbs declare someone persona non grata.
var declareVerbs = verbSet("declare")

// grantVerbs give asylum: "granted asylum to", "gave her asylum".
var grantVerbs = verbSet("grant", "give", "offer")

// stateActWords are the first words of this file's triggers; dropMention
// keeps them with a single party.
var stateActWords = withVerbs(setOf("persona", "asylum"), "leave", "pardon", "take")

// stateActNouns name the events of this file's triggers.
var stateActNouns = map[string]string{"leave the country": "expulsion", "persona non grata": "persona non grata",
	"asylum": "asylum", "pardon": "pardon", "take refuge": "refuge"}

// stateActVerbs are, by trigger, the verbs that make an act of the noun or
// infinitive after them: "ordered ... to leave the country", "declared ...
// persona non grata", "granted ... asylum".
var stateActVerbs = map[string]map[string]bool{"leave the country": envoyOrderVerbs, "persona non grata": declareVerbs,
	"asylum": grantVerbs}

// stateActWindow bounds how far before its trigger the verb that makes an
// act of it may stand.
const stateActWindow = 16

// stateActFits decides this file's triggers; handled is false for a word
// it does not decide.
func (d *doc) stateActFits(lo, hi int) (fits, handled bool) {
	key := d.stateActKey(lo, hi)
	switch key {
	case "leave the country":
		// "ordered Iran's ambassador and three officials to leave the
		// country", "had been ordered to leave the country"; not "fled
		// the country" or "were forced to leave the country" by a war.
		j := d.stateActVerb(lo, stateActVerbs[key])
		return j >= 0 && d.tok(lo-1).lower == "to" && d.envoyAround(j, lo), true
	case "persona non grata":
		return d.stateActVerb(lo, stateActVerbs[key]) >= 0, true
	case "asylum":
		// "granted asylum to X", "granted X political asylum"; not
		// "granting asylum is a sovereign right", which names no one.
		j := d.stateActVerb(lo, stateActVerbs[key])
		return j >= 0 && j >= lo-4 && len(d.stateActHeld(j, lo, hi)) > 0, true
	case "pardon":
		return len(d.pardoned(lo, hi)) > 0, true
	case "take refuge":
		// "X took refuge in the embassy": a person sheltered by a state;
		// not "thousands took refuge in schools".
		return d.tok(hi).lower == "in" && len(d.actorsAfter(hi+1)) > 0, true
	}
	return false, false
}

// An expulsion of envoys, diplomats or foreign forces is told by the verb
// expelVerb in any form or by one of expelNouns, and named expelNoun;
// every table that names the act is built from these.
const expelVerb, expelNoun = "expel", "expulsion"

var expelNouns = []string{expelNoun, "expulsions"}

// expelWords are the expulsion's words by base form, as stateActKey and
// triggerFits key a trigger: the verb's base and the nouns.
var expelWords = setOf(append([]string{expelVerb}, expelNouns...)...)

// expelVerbForms are every written form of the verb: "expelled", "expels".
var expelVerbForms = verbSet(expelVerb)

// stateActKey returns the trigger at lo..hi by its base form.
func (d *doc) stateActKey(lo, hi int) string {
	return d.verbBase(d.joinLower(lo, hi))
}

// stateActVerb returns the verb of set that makes the noun or infinitive
// at lo an act, standing a few words before it in the sentence; -1 when
// none does.
func (d *doc) stateActVerb(lo int, set map[string]bool) int {
	s := d.sents[d.sentOf[lo]]
	for j := lo - 1; j >= s.lo && j >= lo-stateActWindow; j-- {
		if set[d.toks[j].lower] {
			return j
		}
		if j < lo-1 && d.trigAt != nil && d.trigAt[j] {
			return -1 // another event's words: the verb is not this act's
		}
	}
	return -1
}

// expelledAux stand between an envoy and a passive "expelled": "a diplomat
// could be expelled", "two envoys have been expelled". Only here do modals
// and the present stand, as an expulsion is often still a threat.
var expelledAux = setPlus(perfectPassiveAux, "be", "is", "are", "could", "would", "will", "may", "might")

// envoyExpelled reports whether the "expelled" at lo is a passive whose
// subject is a diplomat: "warned that a Latvian envoy would be expelled".
func (d *doc) envoyExpelled(lo int) bool {
	k := d.beforeAux(lo, expelledAux)
	return k < lo-1 && diplomatWords[d.tok(k).lower]
}

// beforeAux returns the token before the words of aux, at most three, that
// end just before the participle at lo: the subject's last word in "a
// diplomat could be expelled", "the party was formally banned"; lo-1 when
// no such word stands there.
func (d *doc) beforeAux(lo int, aux map[string]bool) int {
	k := lo - 1
	for k > lo-4 && aux[d.tok(k).lower] {
		k--
	}
	return k
}

// expelledFrom keeps the capital an envoy is expelled from out of the
// act's place: in "a Latvian envoy would be expelled from Minsk", Minsk
// stands for the state that expels, not for where anything happens.
func (d *doc) expelledFrom(m *eventMention) {
	if d.toks[m.lo].lower != "expelled" || d.tok(m.hi).lower != "from" || !d.envoyExpelled(m.lo) {
		return
	}
	if sp, ok := d.spanEntity(m.hi + 1); ok && sp.ent != nil && sp.ent == m.loc && isCapitalSpan(sp) {
		m.loc = nil
	}
}

// envoyAround reports whether a diplomat is named between the order verb j
// and lo, or before a passive "was ordered".
func (d *doc) envoyAround(j, lo int) bool {
	from := j + 1
	if passiveWords[d.tok(j-1).lower] || d.tok(j-1).lower == "been" {
		from = max(d.sents[d.sentOf[j]].lo, j-8)
	}
	for k := from; k < lo; k++ {
		if diplomatWords[d.toks[k].lower] {
			return true
		}
	}
	return false
}

// stateActHeld returns who the act of verb j and trigger lo..hi falls on:
// the actors between the two ("ordered Iran's ambassador to leave",
// "declared X persona non grata", "granted X asylum"), after "to"
// ("granted asylum to X"), or the person a pronoun just before the trigger
// stands for ("gave her asylum").
func (d *doc) stateActHeld(j, lo, hi int) []*entity {
	var out []*entity
	for _, sp := range d.walk(j+1, lo) {
		if e := actorOf(sp); e != nil {
			out = appendUnique(out, e)
		}
	}
	if len(out) == 0 && d.tok(hi).lower == "to" {
		out = d.actorsAfter(hi + 1)
	}
	if len(out) == 0 && heldPronouns[d.tok(lo-1).lower] {
		if e := d.lastPerson(lo - 1); e != nil {
			out = append(out, e)
		}
	}
	return out
}

// pardoned returns who a pardon verb frees: its object ("pardoned the
// writer X"), or the person a passive is told of ("X, who holds dual
// citizenship, was pardoned by the president").
func (d *doc) pardoned(lo, hi int) []*entity {
	if passiveWords[d.tok(lo-1).lower] {
		if e := d.clauseSubject(lo); e != nil && e.typ == graph.Person {
			return []*entity{e}
		}
		return nil
	}
	return d.actorsAfter(hi)
}

// stateActArgs gives this file's acts the one who acts and the one acted
// on, and names them.
func (d *doc) stateActArgs(m *eventMention) {
	if m.typ != graph.OtherEvent {
		return
	}
	d.expelledFrom(m)
	if d.tiesPhrase(m) {
		d.tiesArgs(m)
		return
	}
	key := d.stateActKey(m.lo, m.hi)
	if _, ok := stateActNouns[key]; !ok {
		return
	}
	var actor *entity
	var held []*entity
	switch key {
	case "take refuge":
		actor = d.subjectBefore(m.lo, m.sent)
		held = d.actorsAfter(m.hi + 1)
	case "pardon":
		held = d.pardoned(m.lo, m.hi)
		if passiveWords[d.tok(m.lo-1).lower] {
			actor = d.byAgent(m.hi)
		} else {
			actor = d.subjectBefore(m.lo, m.sent)
		}
	default:
		j := d.stateActVerb(m.lo, stateActVerbs[key])
		if j < 0 {
			return
		}
		held = d.stateActHeld(j, m.lo, m.hi)
		if passiveWords[d.tok(j-1).lower] {
			// "X's chargé d'affaires had been ordered to leave": who was
			// ordered out is the subject; who ordered, the agent if told.
			actor = d.byAgent(m.hi)
			if actor == nil && key == "persona non grata" {
				// "X had been declared persona non grata": with no one
				// declaring, the person alone tells only the expulsion
				// the sentence is about.
				m.parts = nil
				return
			}
			held = append(held, d.passiveSubjects(j)...)
		} else {
			actor = d.subjectBefore(j, m.sent)
		}
	}
	m.parts = actorThenHeld(actor, held)
	m.noun = key // named by actionNoun
}

// tiesPhrase reports whether m breaks or restores relations: "broke off
// diplomatic relations", "severed ties".
func (d *doc) tiesPhrase(m *eventMention) bool {
	return m.verb && tiesWords[d.toks[m.hi-1].lower] && tiesVerbs[d.toks[m.lo].lower]
}

// tiesArgs gives a break of relations its two states: the subject, and the
// one after "with"; nobody else the sentence names takes part.
func (d *doc) tiesArgs(m *eventMention) {
	actor := d.subjectBefore(m.lo, m.sent)
	if d.tok(m.lo-1).lower == "and" {
		actor = d.coordSubject(m.lo-1, m.sent)
	}
	other := d.protestAddressee(m.hi)
	if actor == nil || other == nil || actor == other {
		return // "the two countries restored ties": the clause's parties stand
	}
	m.parts = []*entity{actor, other}
	m.loc = nil // a place the sentence names is where something else happened
}

// passiveSubjects returns who a passive verb at j is told of: the actors
// of its noun phrase, modifiers too ("Mexico's chargé d'affaires had been
// ordered"), else the head before an apposition ("X, head of the agency,
// was ordered").
func (d *doc) passiveSubjects(j int) []*entity {
	s := d.sents[d.sentOf[j]]
	k := j - 1
	for k > s.lo && (passiveWords[d.toks[k].lower] || auxWords[d.toks[k].lower]) {
		k--
	}
	var out []*entity
	for ; k >= s.lo && !d.isBreak(k); k-- {
		if sp, e := d.actorAt(k); e != nil {
			out = append(out, e)
			k = sp.lo
		}
	}
	if len(out) == 0 && k >= s.lo && d.toks[k].text == "," {
		if e := d.subjectBefore(j, int(d.sentOf[j])); e != nil {
			out = append(out, e)
		}
	}
	return out
}

// byAgent returns the first actor of a "by X" phrase right after hi: "was
// pardoned by President X". It is more than agentAfter, which takes only
// an actor standing right after "by" (or "by the"): when a title or a
// pronoun stands there, the phrase after "by" is read as actorsAfter reads it.
func (d *doc) byAgent(hi int) *entity {
	if e := d.agentAfter(hi); e != nil {
		return e
	}
	s := d.sents[d.sentOf[min(hi, len(d.toks)-1)]]
	for j := hi; j < s.hi && j < hi+4; j++ {
		if d.toks[j].lower == "by" {
			if out := d.actorsAfter(j + 1); len(out) > 0 {
				return out[0]
			}
			return nil
		}
	}
	return nil
}
