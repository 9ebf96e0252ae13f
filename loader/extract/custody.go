package extract

import (
	"github.com/geokg/geokg/graph"
)

// Acts of a state on one person or one bloc that analysts track as "Other"
// events: arrests, releases, trials, removals from office, exits from a
// bloc, recalls of envoys, the building of a dam or canal. Each is built
// only when the text names who is acted on, since an event with no party
// can match nothing but its title.

// custodyOthers are the triggers of this file; dropMention keeps them with a
// single party.
var custodyOthers = setOf("arrest", "arrests", "detention", "release", "released", "releases", "releasing",
	"freed", "frees", "trial", "prosecution", "resign", "removed", "ousted", "quit", "quits", "exit", "recalled",
	"recall", "construction")

// heldPeople are the groups a state arrests or frees: "14 fishermen",
// "31 political prisoners".
var heldPeople = setOf("fishermen", "prisoners", "political", "detainees", "nationals", "citizens", "journalists",
	"activists", "officers", "soldiers", "hostages", "captives", "sailors", "crew", "crewmen", "students", "workers",
	"tourists", "opposition", "dissidents", "protesters", "critics", "suspects", "men", "women", "people", "employees",
	"staff", "staffers", "reporters", "correspondents", "supporters", "officials", "members", "lawmakers")

// heldNoun reports whether w names people who can be held or sent away;
// "opposition" and "political" only qualify the noun that does ("the
// opposition was arrested" names no one).
func heldNoun(w string) bool {
	return heldPeople[w] && w != "opposition" && w != "political"
}

// releaseWords free people; a participle after one is an adjective:
// "release detained protesters".
var releaseWords = verbSet("release", "free")

// ousterObjects after "removed" or "ousted" make it an ouster: "removed
// his predecessor"; not "removed the checkpoints".
var ousterObjects = setOf("office", "power", "predecessor")

// heldPronouns are the objects of "refused to release him".
var heldPronouns = setOf("him", "her", "them")

// builtWorks are what a state builds that neighbours object to.
var builtWorks = setOf("dam", "dams", "canal", "canals", "pipeline", "pipelines", "railway", "railways", "wall",
	"barrier", "fence", "reservoir", "bridge", "port", "airstrip", "base", "bases", "settlement", "settlements",
	"plant", "reactor", "highway", "corridor")

// blocWords name the body a state quits: "quit the regional bloc".
var blocWords = setOf("bloc", "alliance", "union", "community", "treaty", "pact", "accord", "agreement", "organisation",
	"organization", "court", "council", "convention")

// custodyFits decides the triggers of this file; handled is false for a
// word it does not decide.
func (d *doc) custodyFits(lo, hi int, verb bool) (fits, handled bool) {
	w := d.toks[lo].lower
	if !custodyOthers[w] && w != "detained" && w != "arrested" || hi-lo > 1 {
		return false, false // "arrest warrant" is its own trigger
	}
	prev, next := d.tok(lo-1).lower, d.tok(hi).lower
	switch w {
	case "arrest", "arrests", "detention":
		// "has been under arrest since March", "the arrest of two
		// reporters"; not "arrest warrant" (its own trigger) or "faces arrest".
		return prev == "under" || next == "of" && d.heldAfter(hi+1), true
	case "detained", "arrested":
		if d.wordAfter(hi, 4, vesselWords) {
			return false, false // a ship: the vessel rule decides
		}
		if adjectiveGlue[prev] || releaseWords[prev] {
			return false, true // "forces loyal to detained leader X": his arrest is told elsewhere
		}
		if len(d.commaHeld(lo)) > 0 || d.arrestedIn(lo, hi) != nil {
			return true, true // "X and her partner Y, arrested in May 2022, were flown home"
		}
		// "stopped a mutiny and arrested four captains": the first verb's subject.
		coordActor := prev == "and" && d.coordSubject(lo-1, int(d.sentOf[lo])) != nil
		return d.namedPersonAround(lo, hi) || d.heldAfter(hi) && (d.clauseSubject(lo) != nil || coordActor) || d.heldPerson(lo) != nil, true
	case "release", "released", "releases", "releasing", "freed", "frees":
		if next == "from" && prisonWords[d.tok(hi+1).lower] {
			return d.heldPerson(lo) != nil, true // "X, who was released from detention in June"
		}
		if next == "of" {
			return d.heldAfter(hi+1) && !d.dealIn(lo), true // "the release of the detained fishermen"
		}
		if !verb && prev != "to" {
			return false, true // "the release" alone, "reservoir releases"
		}
		if d.dealIn(lo) {
			return false, true // "freed two reporters in exchange for a spy": the swap is the event
		}
		return heldPronouns[next] && d.clauseSubject(lo) != nil || d.heldAfter(hi), true
	case "trial":
		// "is on trial in Juba", "the trial of the former minister"; not "a
		// fair trial", "awaiting trial".
		return prev == "on" && d.heldPerson(lo) != nil || next == "of" && d.heldAfter(hi+1), true
	case "prosecution":
		return next == "of" && d.heldAfter(hi+1), true
	case "resign":
		// "vowed to resign"; "would not resign" is seldom kept as an event.
		return prev == "to" || prev == "would" || prev == "will", true
	case "removed", "ousted":
		// "Congress removed his predecessor, Dina Boluarte", "ousted the
		// prime minister"; not "removed the checkpoints", nor "loyal to
		// ousted President X", whose fall is no news of the day.
		return !adjectiveGlue[prev] && (d.heldAfter(hi) || d.wordAfter(hi, 6, ousterObjects)), true
	case "quit", "quits":
		return d.blocAfter(hi), true
	case "exit":
		return (next == "from" || next == "of") && d.blocAfter(hi+1), true
	case "recalled", "recall":
		return d.diplomatWordNear(hi), true
	case "construction":
		return next == "of" && d.wordAfter(hi+1, 8, builtWorks), true
	}
	return false, false
}

// heldAfter reports whether a person or a group of people stands within a
// few words from k: "opposition leader Tundu Lissu", "14 Indian
// fishermen", "two French nationals".
func (d *doc) heldAfter(k int) bool {
	s := d.sents[d.sentOf[min(k, len(d.toks)-1)]]
	for j := k; j < s.hi && j < k+6; j++ {
		if sp, ok := d.spanEntity(j); ok && sp.ent != nil && sp.ent.typ == graph.Person {
			return true
		}
		if heldPeople[d.toks[j].lower] && j > k && (d.toks[j].lower != "opposition" && d.toks[j].lower != "political") {
			return true
		}
		if j > k && (d.isBreak(j) || d.trigAt != nil && d.trigAt[j]) {
			return false
		}
	}
	return false
}

// heldPerson returns the person a clause before lo is about: "Machar has
// been under arrest", "he is on trial", "has been held since March and is
// on trial", "Machar, who was released from prison".
func (d *doc) heldPerson(lo int) *entity {
	k := lo - 1
	for k > 0 && k > lo-6 {
		w := d.toks[k].lower
		if w == "under" || w == "on" || passiveWords[w] || auxWords[w] || w == "been" || w == "still" {
			k--
			continue
		}
		break
	}
	if d.tok(k).lower == "who" && d.tok(k-1).text == "," {
		k -= 2 // "X, who was released from detention"
	}
	if d.tok(k).lower == "and" {
		if e := d.subjectBefore(k, int(d.sentOf[k])); e != nil && e.typ == graph.Person {
			return e
		}
		return nil
	}
	if sp, ok := d.spanEntity(k); ok && sp.ent != nil && sp.ent.typ == graph.Person {
		return sp.ent
	}
	if w := d.tok(k).lower; w == "he" || w == "she" {
		return d.lastPerson(k)
	}
	return nil
}

// blocAfter reports whether an organisation or a bloc word follows k.
func (d *doc) blocAfter(k int) bool {
	j := d.pastThe(k)
	if _, e := d.actorAt(min(j, len(d.toks)-1)); e != nil && e.typ == graph.Organization {
		return true
	}
	return d.wordAfter(j, 3, blocWords)
}

// custodyArgs reads who acts and who is acted on for the triggers of this
// file: "Tanzanian police arrested Tundu Lissu" is Tanzania and Lissu;
// "the release of two French nationals by Iran" is France and Iran.
func (d *doc) custodyArgs(m *eventMention) {
	if m.typ != graph.OtherEvent {
		return
	}
	w := d.toks[m.lo].lower
	if !custodyOthers[w] && w != "detained" && w != "arrested" && w != "resignation" {
		return
	}
	if d.wordAfter(m.hi, 4, vesselWords) {
		return
	}
	var actor *entity
	var held []*entity
	prev, next := d.tok(m.lo-1).lower, d.tok(m.hi).lower
	var comma []*entity
	var arrestState *entity // "the official was arrested in France"
	if w == "detained" || w == "arrested" {
		comma = d.commaHeld(m.lo) // "X and Y, detained in May, were freed"
		if len(comma) == 0 {
			arrestState = d.arrestedIn(m.lo, m.hi)
		}
	}
	switch {
	case len(comma) > 0:
		held = comma
	case arrestState != nil:
		actor, m.loc = arrestState, arrestState
	case prev == "under" || prev == "on" && w == "trial" || next == "from" && prisonWords[d.tok(m.hi+1).lower]:
		if e := d.heldPerson(m.lo); e != nil {
			held = append(held, e)
		}
	case w == "resign":
		held = d.resigner(m.lo)
	case next == "of" || next == "from":
		held = d.actorsAfter(m.hi + 1)
		actor = d.owner(m)
		if actor == nil {
			actor = d.possessor(m)
		}
		if actor == nil && !m.verb {
			actor = d.agentAfter(m.hi + 1)
		}
	case m.verb || prev == "to":
		if !passiveWords[prev] {
			actor = d.clauseSubject(m.lo)
			if asked, ok := d.askedBefore(m.lo - 1); prev == "to" && ok {
				actor = asked // "urged the government to release them": not the one urging
			}
			if prev == "and" {
				actor = d.coordSubject(m.lo-1, m.sent) // "expelled French troops and quit ECOWAS"
			}
			held = d.actorsAfter(m.hi)
		}
	}
	if actor == nil && len(held) == 0 {
		return
	}
	m.parts = actorThenHeld(actor, held)
}

// actorThenHeld lists an act's parties: the one acting first, then the
// people or states acted on, each once.
func actorThenHeld(actor *entity, held []*entity) []*entity {
	var parts []*entity
	if actor != nil {
		parts = append(parts, actor)
	}
	for _, e := range held {
		if e != nil && e != actor {
			parts = appendUnique(parts, e)
		}
	}
	return parts
}

// actorsAfter returns the people and states named in the phrase from k on,
// to the next break: "opposition leader Tundu Lissu", "14 Indian
// fishermen", "him".
func (d *doc) actorsAfter(k int) []*entity {
	var out []*entity
	s := d.sents[d.sentOf[min(k, len(d.toks)-1)]]
	for j, sp := range d.walk(k, min(s.hi, k+8)) {
		if j > k && (d.isBreak(j) || d.trigAt[j]) && d.toks[j].text != "," {
			break
		}
		t := d.toks[j].lower
		if t == "by" || t == "in" || t == "on" || t == "from" || t == "since" || t == "for" || t == "after" || t == "over" {
			break
		}
		if heldPronouns[t] {
			e := d.lastPerson(j)
			if e != nil && e == d.clauseSubject(j) {
				e = d.lastPerson(s.lo) // "Kiir refused to release him": him is not Kiir
			}
			if e != nil {
				out = appendUnique(out, e)
			}
			break
		}
		if e := actorOf(sp); e != nil {
			out = appendUnique(out, e)
		}
	}
	return out
}

// agentAfter returns the actor of "by X" shortly after k: "the removal of
// the president by Congress".
func (d *doc) agentAfter(k int) *entity {
	s := d.sents[d.sentOf[min(k, len(d.toks)-1)]]
	for j := k; j < s.hi && j < k+10; j++ {
		if d.toks[j].lower == "by" {
			a := d.pastThe(j + 1)
			if _, e := d.actorAt(min(a, len(d.toks)-1)); e != nil {
				return e
			}
			return nil
		}
		if d.isBreak(j) {
			return nil
		}
	}
	return nil
}

// resigner returns who will or will not resign: the clause's person, or the
// quoted speaker behind "I".
func (d *doc) resigner(lo int) []*entity {
	if e := d.heldPerson(lo); e != nil {
		return []*entity{e}
	}
	k := lo - 1
	for k > 0 && (auxWords[d.toks[k].lower] || d.toks[k].lower == "to" || d.toks[k].lower == "refuses" || d.toks[k].lower == "refused") {
		k--
	}
	if w := d.tok(k).lower; w == "i" {
		if e := d.speakerOf(int(d.sentOf[lo])); e != nil {
			return []*entity{e}
		}
	}
	if e := d.clauseSubject(lo); e != nil && e.typ == graph.Person {
		return []*entity{e}
	}
	return nil
}

// adjectiveGlue before a participle makes it an adjective of the noun
// after it.
var adjectiveGlue = setOf("to", "of", "for", "with", "the", "a", "an", "by", "from")

// swapWords name a deal that frees people on both sides.
var swapWords = setOf("swap", "swaps", "exchange", "deal", "agreement", "return", "trade", "ceasefire", "truce")

// dealIn reports whether the sentence of k tells of a swap or deal: a
// release under one is part of that deal, not an act of its own.
func (d *doc) dealIn(k int) bool {
	s := d.sents[d.sentOf[k]]
	for j := s.lo; j < s.hi; j++ {
		if swapWords[d.toks[j].lower] {
			return true
		}
	}
	return false
}
