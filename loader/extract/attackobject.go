package extract

import "github.com/geokg/geokg/graph"

// Wire copy names the side a strike or a seizure hit by the demonym on what
// was hit: "struck a Russian oil tanker", "seized an Iranian vessel",
// "fired rockets at an Israeli army base", "strikes on Syrian military
// sites". The state that owns the thing is the target, though its demonym
// is otherwise a plain adjective.

// ownedObjects are things a state owns or holds that a strike or a seizure
// falls on: ships, aircraft on the ground, bases, plants and the soldiers
// that man them. Weapons in flight are left out: "destroyed 40 Ukrainian
// drones" tells the drones' side attacked.
var ownedObjects = setOf(append([]string{
	"base", "bases", "airbase", "airbases", "airfield", "airfields", "facility", "facilities", "site", "sites",
	"installation", "installations", "infrastructure", "refinery", "refineries", "depot", "depots", "plant", "plants",
	"terminal", "terminals", "pipeline", "embassy", "consulate", "targets", "positions", "posts", "outposts",
	"checkpoint", "checkpoints", "territory", "soil", "headquarters",
	"compound", "compounds", "warehouse", "warehouses", "hideout", "hideouts", "centres", "centers",
	"troops", "soldiers", "servicemen", "forces"}, movingWords...)...)

// movingObjects are owned things that are not where their state is: a
// strike on "a Russian tanker" did not fall in Russia.
var movingObjects = setOf(movingWords...)

// movingWords list movingObjects once for both sets; ownedObjects holds them too.
var movingWords = []string{"tanker", "tankers", "ship", "ships", "vessel", "vessels", "boat", "boats", "warship",
	"warships", "frigate", "frigates", "destroyer", "corvette", "submarine", "freighter", "trawler", "trawlers",
	"ferry", "carrier", "airliner", "aircraft", "plane", "planes", "helicopter", "helicopters", "convoy", "convoys",
	"patrol", "patrols"}

// objectPreps lead to the target of a strike: "strikes on", "fired at".
var objectPreps = setOf("on", "at", "against", "into")

// launchedWeapons stand between a verb of firing and its target: "fired
// rockets at", "launched two drones on".
var launchedWeapons = setOf("rockets", "rocket", "missiles", "missile", "drones", "drone", "shells", "mortars",
	"mortar", "rounds", "bombs", "grenades", "artillery", "fire", "gunfire", "ballistic", "cruise", "anti-tank")

// destroysOwned reports whether the verb "destroyed" at lo takes a thing
// another state owns for object: "the fleet destroyed five Ukrainian
// boats". Weapons in flight are left to the defence reading.
func (d *doc) destroysOwned(lo, hi int) bool {
	if d.toks[lo].lower != "destroyed" {
		return false
	}
	m := &eventMention{lo: lo, hi: hi, sent: int(d.sentOf[lo]), verb: true}
	if e, _ := d.demonymObjectAfter(m); e == nil {
		return false
	}
	return d.subjectBefore(lo, m.sent) != nil // "the storm destroyed ..." is no attack
}

// demonymObject returns the state whose demonym marks what the attack at m
// struck or seized, as its object or its passive subject tells: "struck a
// Russian oil tanker", "strikes on Syrian military sites", "a Greek cargo
// ship was attacked". Nil when no such object is told, or when the state
// is the striker's own.
//
// head is the token of the object's head noun.
func (d *doc) demonymObject(m *eventMention) (e *entity, head int) {
	e, head = d.demonymObjectAfter(m)
	if e == nil {
		e, head = d.demonymObjectBefore(m)
	}
	if e == nil || e == m.perp || hasEntity(m.allies, e) || m.perp != nil && m.perp.country != "" && m.perp.country == e.code {
		return nil, -1
	}
	return e, head
}

// demonymObjectAfter reads the object that follows the trigger of m.
func (d *doc) demonymObjectAfter(m *eventMention) (*entity, int) {
	s := d.sents[m.sent]
	k := d.objectStart(m)
	if k < 0 {
		return nil, -1
	}
	sp, e := d.actorAt(k)
	if e == nil || sp.lo != k || e.media || e.typ == graph.Person {
		return nil, -1
	}
	if e.typ == graph.Country && !isDemonym(sp) {
		return nil, -1 // "struck Ukraine" is read by the general rule
	}
	head := d.ownedObjectAt(sp.hi, s.hi)
	if head < 0 {
		return nil, -1
	}
	return e, head // "a Russian oil tanker", "Hezbollah weapons depots"
}

// demonymObjectBefore reads a passive subject before the trigger of m: "a
// Russian oil tanker was struck".
func (d *doc) demonymObjectBefore(m *eventMention) (*entity, int) {
	if !m.verb {
		return nil, -1
	}
	s := d.sents[m.sent]
	k := m.lo - 1
	if d.tok(k).lower == "been" {
		k--
	}
	if k <= s.lo || !beVerbs[d.toks[k].lower] && d.toks[k].lower != "being" {
		return nil, -1
	}
	head := k - 1
	if !ownedObjects[d.tok(head).lower] {
		return nil, -1
	}
	for j := head - 1; j >= s.lo && j >= head-4; j-- {
		if d.spanAt[j] == 0 {
			if t := d.toks[j]; t.kind != tokWord || t.cap {
				return nil, -1
			}
			continue // "oil", "cargo"
		}
		sp, e := d.actorAt(j)
		if e == nil || !isDemonym(sp) || e.typ != graph.Country || d.ownedObjectAt(sp.hi, head+1) != head {
			return nil, -1
		}
		return e, head
	}
	return nil, -1
}

// ownedObjectAt returns the head of the noun phrase from k on when, over up
// to three lower-case qualifiers, it is an owned object: "oil tanker",
// "military sites"; else -1. A hyphen after the demonym ("Liberian-flagged")
// names a flag or a backer, not the owner.
func (d *doc) ownedObjectAt(k, hi int) int {
	for n := 0; n < 4 && k < hi; n++ {
		t := d.toks[k]
		if ownedObjects[t.lower] {
			return k
		}
		if t.kind != tokWord || t.cap || d.spanAt[k] != 0 || d.trigAt != nil && d.trigAt[k] || objectStops[t.lower] {
			return -1
		}
		k++
	}
	return -1
}

// objectStops end a noun phrase.
var objectStops = setOf("and", "or", "of", "in", "on", "at", "near", "that", "which", "who", "was", "were", "is",
	"are", "had", "has", "have", "with", "by", "for", "from", "to")

// objectStart returns the first token of the object the trigger of m
// names, over weapons fired, a preposition, articles and counts: "fired two
// rockets at | an army base", "strikes on | dozens of | targets". -1 when an
// attack noun names no object.
func (d *doc) objectStart(m *eventMention) int {
	s := d.sents[m.sent]
	k := m.hi
	if m.verb {
		for n := 0; n < 4 && k < s.hi && !objectPreps[d.toks[k].lower]; n++ {
			t := d.toks[k]
			if !launchedWeapons[t.lower] && t.kind != tokNumber && numberWords[t.lower] == 0 && !determiners[t.lower] {
				break
			}
			k++ // "fired two rockets at"
		}
		if k > m.hi && !objectPreps[d.tok(k).lower] {
			k = m.hi // "struck a tanker": the object follows the verb
		}
	}
	if objectPreps[d.tok(k).lower] {
		k++
	} else if !m.verb {
		return -1 // "the strike killed": an attack noun names its target after "on"
	}
	for n := 0; n < 5 && k < s.hi; n++ {
		w := d.toks[k].lower
		counted := d.tok(k-1).kind == tokNumber || numberWords[d.tok(k-1).lower] > 0 || vagueCounts[d.tok(k-1).lower] > 0
		if !determiners[w] && d.toks[k].kind != tokNumber && numberWords[w] == 0 && vagueCounts[w] == 0 &&
			w != "at" && w != "least" && !(w == "of" && counted) {
			break
		}
		k++ // "five", "at least two", "an", "dozens of"
	}
	return k
}

// movingTarget reports whether the attack at m struck a ship, an aircraft
// or a convoy, whoever owns it: "struck a tanker near the port of X",
// "ambushed a fuel convoy near Y". The place named is then only where the
// thing was hit, not a target itself.
func (d *doc) movingTarget(m *eventMention) bool {
	k := d.objectStart(m)
	if k < 0 {
		return false
	}
	s := d.sents[m.sent]
	for n := 0; n < 5 && k < s.hi; n++ {
		if sp, _ := d.actorAt(k); sp != nil && sp.lo == k {
			k = sp.hi // "a World Food Programme convoy"
			continue
		}
		t := d.toks[k]
		if movingObjects[t.lower] {
			return true
		}
		if t.kind != tokWord || t.cap || d.trigAt != nil && d.trigAt[k] || objectStops[t.lower] {
			return false
		}
		k++
	}
	return false
}
