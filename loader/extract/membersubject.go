package extract

import "github.com/geokg/geokg/graph"

// speakingMembers before "from" or "of" name people who speak and act for
// the body or state after it: "opposition lawmakers from the Green bloc
// criticised", "foreign ministers of the bloc called for".
var speakingMembers = setOf("lawmakers", "legislators", "deputies", "senators", "mps", "parliamentarians",
	"members", "officials", "leaders", "ministers", "diplomats", "negotiators", "representatives", "delegates",
	"envoys", "spokesmen", "spokespeople")

// partyHeads after a name make it a party's or a bloc's: "the Labour bloc".
// Unlike bodyKinds they take a parliament's groupings, not "organisation".
var partyHeads = setPlus(partyKinds, "bloc", "faction", "caucus", "grouping")

// memberSubject reports whether the actor span sp names the body whose
// members open the clause from lo as its subject: "Opposition lawmakers
// from the X bloc" acts for X. The members must open the clause, so
// "arrested members of X" leaves X an object.
func (d *doc) memberSubject(sp *span, lo int) bool {
	p := d.beforeThe(sp.lo - 1)
	if w := d.tok(p).lower; w != "from" && w != "of" {
		return false
	}
	p--
	if p < lo || !speakingMembers[d.toks[p].lower] {
		return false
	}
	for j := p - 1; j >= lo; j-- {
		t := d.toks[j]
		if _, e := d.actorAt(j); e != nil || t.kind != tokWord || t.cap && j != lo {
			return false // "Police arrested officials of X"
		}
		if verbish(t.lower) {
			return false
		}
	}
	if sp.ent == nil || sp.ent.typ == graph.Person {
		return false
	}
	if n := d.tok(sp.hi).lower; d.isModifierActor(sp) && !partyHeads[n] {
		return false
	}
	return true
}

// verbish reports whether a lower-case word before the members reads as a
// verb of the clause, not an adjective of them: "met officials of".
func verbish(w string) bool {
	if subjectVerbs[w] {
		return true
	}
	n := len(w)
	return n > 3 && (w[n-2:] == "ed" || w[n-3:] == "ing")
}
