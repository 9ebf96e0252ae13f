package extract

import "github.com/geokg/geokg/graph"

// Wire copy often names the side of a strike by its demonym alone: "an
// Israeli airstrike", "Israeli jets struck", "Pakistani mortar rounds hit",
// "hit by Russian air defence fire". The state is then an actor of the
// article though its name is never written.

// strikers are what a state strikes with or through: the subject of a
// verb of impact after the demonym.
var strikers = setOf("jets", "warplanes", "aircraft", "planes", "helicopters", "drones", "drone", "missiles", "missile",
	"rockets", "rocket", "shells", "rounds", "artillery", "fire", "gunboats", "warships", "bombs", "forces", "troops")

// strikerQualifiers stand between a demonym and its weapon or strike:
// "Ukrainian naval drones", "Russian air defence fire", "a Turkish drone
// strike".
var strikerQualifiers = setOf("naval", "air", "defence", "defense", "fighter", "mortar", "tank", "guided", "attack",
	"long-range", "short-range", "unmanned", "kamikaze", "sea", "military", "army", "armed", "combat", "cruise",
	"ballistic", "drone", "missile", "rocket", "artillery", "overnight", "deadly", "fresh", "latest", "new", "heavy")

// impactWords are the verbs a weapon or force strikes with.
var impactWords = setOf("struck", "hit", "hits", "strike", "strikes", "shelled", "bombed", "pounded", "attacked",
	"targeted", "killed", "slammed", "smashed", "raided", "fired", "destroyed")

// demonymStrikes reports whether the demonym span sp names the side of a
// strike: it qualifies an attack noun ("an Israeli airstrike", "Israeli
// and US strikes"), the weapon or force that is the subject of a verb of
// impact ("Israeli jets struck", "Ukrainian naval drones had hit"), or the
// fire something was hit by ("hit by Russian air defence fire").
func (d *doc) demonymStrikes(sp *span) bool {
	s := d.sents[d.sentOf[sp.lo]]
	k := sp.hi
	if d.tok(k).lower == "and" {
		// "Israeli and US strikes": the pair owns the strikes.
		if o, ok := d.spanEntity(k + 1); ok && o.lo == k+1 && (o.country || o.typ == graph.Country || len(o.gaz) > 0 && o.gaz[0].typ == graph.Country) {
			k = o.hi
		}
	}
	if d.tok(sp.lo-1).lower == "by" && impactWords[d.tok(sp.lo-2).lower] && d.strikerAhead(k, s.hi) {
		return true // "were killed by Israeli fire"
	}
	for n := 0; n < 4 && k < s.hi; n++ {
		if d.attackNounAt(k, s.hi) {
			return true
		}
		if strikers[d.toks[k].lower] && d.impactAfter(k+1, s.hi) {
			return true
		}
		if !strikerQualifiers[d.toks[k].lower] {
			return false
		}
		k++
	}
	return false
}

// strikerAhead reports whether a weapon or force word is at k or follows
// it over qualifiers.
func (d *doc) strikerAhead(k, hi int) bool {
	for n := 0; n < 4 && k < hi; n++ {
		if strikers[d.toks[k].lower] {
			return true
		}
		if !strikerQualifiers[d.toks[k].lower] {
			return false
		}
		k++
	}
	return false
}

// impactAfter reports whether a verb of impact opens the predicate at k,
// over auxiliaries: "had struck", "reportedly hit".
func (d *doc) impactAfter(k, hi int) bool {
	for k < hi && (auxWords[d.toks[k].lower] || d.toks[k].lower == "reportedly") {
		k++
	}
	return k < hi && impactWords[d.toks[k].lower]
}

// attackNounAt reports whether an attack noun starts at k: "strike",
// "airstrike", "shelling".
func (d *doc) attackNounAt(k, hi int) bool {
	tr, n := d.lex.triggers.longest(d.toks, k, hi)
	return n > 0 && tr.typ == graph.Attack && !tr.verb
}
