package extract

import "github.com/geokg/geokg/graph"

// Attack wordings whose trigger is split or borrowed: a quoted word inside
// "opened fire", "firing" as the name of a violation on a front line, and a
// weapon as the subject of a verb of impact ("a missile slammed into").

// fireOpeners are the forms of "open" in "opened fire".
var fireOpeners = setOf("opened", "open", "opens", "opening")

// fireQualifiers may stand, quoted or not, between "opened" and "fire":
// military statements put the charge in quotes ("opened 'unprovoked' fire").
var fireQualifiers = setOf("unprovoked", "indiscriminate", "heavy", "intense", "random", "sporadic", "deliberate",
	"warning", "sniper", "small-arms", "artillery", "mortar", "automatic", "live")

// skipQuotedBack returns the first token before k that is neither a quote
// mark nor one of the words in skip, looking at most n tokens back.
func (d *doc) skipQuotedBack(k, n int, skip map[string]bool) int {
	j := k - 1
	for j >= 0 && j >= k-n && (isQuote(d.toks[j].text) || skip[d.toks[j].lower]) {
		j--
	}
	return j
}

// openedFire reports whether "fire" at lo closes an "opened ... fire" whose
// qualifier split the fixed phrase.
func (d *doc) openedFire(lo int) bool {
	j := d.skipQuotedBack(lo, 4, fireQualifiers)
	return j >= 0 && j < lo-1 && fireOpeners[d.toks[j].lower] && d.sentOf[j] == d.sentOf[lo]
}

// firingBefore are words that make "firing" a violation or a raid rather
// than a dismissal, a test or a firing squad.
var firingBefore = setOf("unprovoked", "indiscriminate", "arms", "artillery", "mortar", "cross-border", "heavy",
	"intense", "sniper", "intermittent", "sporadic", "random", "retaliatory", "ceasefire", "small-arms", "rocket")

// firingAfter are the prepositions that aim "firing" at a target or across a
// line.
var firingAfter = setOf("on", "at", "across", "upon", "toward", "towards")

// firingFits reports whether "firing" at lo names shots fired at someone:
// "unprovoked firing on posts", "firing across the border".
func (d *doc) firingFits(lo int) bool {
	j := lo + 1
	for j < len(d.toks) && isQuote(d.toks[j].text) {
		j++
	}
	switch d.tok(j).lower {
	case "squad", "squads", "range", "ranges", "line", "pin", "test", "tests", "of":
		return false
	}
	if firingAfter[d.tok(j).lower] {
		return true
	}
	if b := d.skipQuotedBack(lo, 2, nil); b >= 0 && firingBefore[d.toks[b].lower] {
		return true
	}
	return false
}

// impactVerbs tell a blow only when a weapon is their subject: "a missile
// slammed into a block", "drones tore through"; "the minister slammed the
// plan" is criticism.
var impactVerbs = setOf("slammed", "smashed", "tore", "ripped", "plowed", "ploughed", "rained")

// weaponImpact reports whether the impact verb at lo has a weapon for
// subject and a place or thing for object.
func (d *doc) weaponImpact(lo int) bool {
	switch d.tok(lo + 1).lower {
	case "into", "through", "down":
	default:
		return false
	}
	// Unlike subjectWordBefore this steps over "reportedly" but not
	// "allegedly": an impact told as alleged is left unread.
	j := lo - 1
	for j >= 0 && (auxWords[d.toks[j].lower] || d.toks[j].lower == "reportedly") {
		j--
	}
	j = d.firedByHead(j)
	return j >= 0 && weaponWords[d.toks[j].lower] && d.sentOf[j] == d.sentOf[lo]
}

// firedByHead steps from token j, the last word before a verb, back over a
// participle naming who fired the weapon, "a missile fired by the group's
// fighters slammed into", to the weapon it qualifies; j itself otherwise.
func (d *doc) firedByHead(j int) int {
	for k := j; k >= 0 && k >= j-6; k-- {
		if d.toks[k].lower != "by" {
			continue
		}
		if w := d.tok(k - 1).lower; (w == "fired" || w == "launched") && k >= 2 && d.sentOf[k-2] == d.sentOf[j] {
			return k - 2
		}
		return j
	}
	return j
}

// hitAdverbs may stand between a weapon and "hit": "a missile also
// directly hit a school".
var hitAdverbs = setOf("also", "reportedly", "directly", "apparently", "later", "then", "had", "have", "has")

// roundWeapons make "rounds" and "shells" fired ones: "mortar rounds",
// "tank shells"; "rounds of talks" are not.
var roundWeapons = setOf("mortar", "artillery", "tank", "howitzer", "rocket", "shell")

// weaponHit reports whether "hit" at lo has a weapon for subject and an
// object after it: "a drone hit an energy facility", "mortar rounds had
// hit homes". Alone "hit" is tariffs, records and storms, and "hit by"
// after a weapon ("the missile was hit by") is not its blow.
func (d *doc) weaponHit(lo int) bool {
	switch d.tok(lo + 1).lower {
	case "by", "back", "out", "home", "hard":
		return false
	}
	return !d.isBreak(lo+1) && d.weaponSubject(lo)
}

// weaponSubject reports whether a weapon stands just before the verb at
// lo, over a few adverbs and auxiliaries, in its sentence.
func (d *doc) weaponSubject(lo int) bool {
	j := lo - 1
	for j >= 0 && hitAdverbs[d.toks[j].lower] {
		j--
	}
	if j < 0 || d.sentOf[j] != d.sentOf[lo] {
		return false
	}
	w := d.toks[j].lower
	switch w {
	case "rounds", "round", "shell":
		return roundWeapons[d.tok(j-1).lower]
	case "salvo", "salvos", "weapon", "weapons", "device", "satellite", "nuclear":
		return false // these rarely "hit" a place themselves in wire copy
	}
	return weaponWords[w] || w == "shells" || w == "artillery" || w == "mortars"
}

// blowStriker reports whether the actor at pos may be the striker of the
// weapon's blow m. When a weapon is the subject ("a missile hit a
// school") only a side that qualifies the weapon phrase strikes; an actor
// that speaks of the blow ("the mayor said a missile hit") does not.
func (d *doc) blowStriker(m *eventMention, pos int) bool {
	w := d.toks[m.lo].lower
	if !m.verb || !(blowWord(w) || w == "struck" && d.weaponSubject(m.lo)) {
		return true
	}
	if d.ownedWeapon(m.lo) {
		return true // "the agency's drones had struck": the owner is found as before
	}
	k := pos
	if d.spanAt[pos] != 0 {
		k = d.spans[d.spanAt[pos]-1].hi
	}
	if m.lo-k > 6 {
		return false
	}
	for ; k < m.lo; k++ {
		if d.isBreak(k) || speechVerbs[d.toks[k].lower] || d.toks[k].lower == "that" || d.spanAt[k] != 0 {
			return false
		}
	}
	return true
}

// ownedWeapon reports whether the weapon phrase before the verb at lo
// names its owner by a possessive: "its drones", "the agency's
// long-range drones".
func (d *doc) ownedWeapon(lo int) bool {
	s := d.sents[d.sentOf[lo]]
	for j := lo - 1; j >= s.lo && j >= lo-6; j-- {
		w := d.toks[j].lower
		if d.isBreak(j) || speechVerbs[w] || w == "that" {
			return false
		}
		if w == "its" || w == "their" || w == "'s" {
			return true
		}
	}
	return false
}

// attackFormFits decides the triggers of this file. handled is false for a
// word it does not decide.
func (d *doc) attackFormFits(lo int) (fits, handled bool) {
	if ok, handled := d.downedFits(lo, lo+1); handled {
		return ok, true
	}
	w := d.toks[lo].lower
	switch {
	case w == "fire":
		return d.openedFire(lo), true
	case w == "firing":
		return d.firingFits(lo), true
	case impactVerbs[w]:
		return d.weaponImpact(lo), true
	case w == "hit" || w == "hits":
		return d.weaponHit(lo), true
	case w == "targeted":
		return d.ownedStrike(lo), true
	}
	return false, false
}

// unownedBlow reports whether m is a weapon's impact no side is named for:
// "a missile slammed into a block" or "a drone also hit a substation"
// after a reported barrage tells where one of its weapons fell, like a
// toll does.
func (d *doc) unownedBlow(m *eventMention) bool {
	return m.perp == nil && blowWord(d.toks[m.lo].lower)
}

// blowWord reports whether w is a verb that this file reads as a weapon's
// blow only with a weapon for subject: an impact verb, or "hit".
func blowWord(w string) bool {
	return impactVerbs[w] || w == "hit" || w == "hits"
}

// militaryPosts are what a state holds on a front line; a demonym before
// them in a sentence of attack makes that state a side: "shelled Indian
// posts", "fired on Ethiopian positions".
var militaryPosts = setOf("positions", "posts", "outposts", "outpost", "bases", "checkpoints", "garrison",
	"garrisons", "trenches", "bunkers")

// postsUnderFire reports whether the demonym span sp qualifies military
// posts in a sentence that tells an attack.
func (d *doc) postsUnderFire(sp *span) bool {
	return militaryPosts[d.tok(sp.hi).lower] && d.otherAttackIn(sp.lo)
}

// ownedStrike reports whether "targeted" at lo is a side owning a strike
// the report has just told: "the army said it had targeted militants".
// Alone the verb names no attack ("the tariffs targeted steel"), so it
// counts only with the quoted side as its "it" or "they" and an attack
// told in the same or the previous three sentences.
func (d *doc) ownedStrike(lo int) bool {
	j := lo - 1
	for j > 0 && auxWords[d.toks[j].lower] {
		j--
	}
	if w := d.tok(j).lower; w != "it" && w != "they" {
		return false
	}
	si := int(d.sentOf[lo])
	if spk := d.speakerOf(si); spk == nil || spk.typ == graph.Person || !d.strikeObject(lo+1) {
		return false
	}
	for s := max(0, si-3); s <= si; s++ {
		if d.attackWordIn(s, lo) {
			return true
		}
	}
	return false
}

// strikeTargets are what a side says its strike was aimed at, beside armed
// men, posts and sites: "targeted members of a cell", "a commander".
var strikeTargets = setOf("members", "member", "commander", "commanders", "operatives", "operative", "cell", "cells",
	"targets", "target", "sites", "site", "facilities", "facility", "infrastructure", "vehicle", "vehicles", "leader", "leaders")

// strikeObject reports whether the object from k on, over quotes and a few
// qualifiers, is an actor or something armed forces strike.
func (d *doc) strikeObject(k int) bool {
	s := d.sents[d.sentOf[min(k, len(d.toks)-1)]]
	for j := k; j < s.hi && j < k+5 && !d.isBreak(j); j++ {
		if _, e := d.actorAt(j); e != nil {
			return true
		}
		w := d.toks[j].lower
		if unnamedSubjects[w] || militaryPosts[w] || targetNouns[w] || strikeTargets[w] {
			return true
		}
	}
	return false
}
