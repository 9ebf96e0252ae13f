package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// mutualObject reports whether the stance verb at k takes "each other" or
// "one another": "Ankara and Tehran blamed each other for the collapse" has
// each side blame the other, and no third party is named.
func (d *doc) mutualObject(k int) bool {
	a, b := d.tok(k+1).lower, d.tok(k+2).lower
	return a == "each" && b == "other" || a == "one" && b == "another"
}

// mutualClaims states a stance from every subject to every other one.
func (d *doc) mutualClaims(si int, typ graph.RelationType, mod graph.Modality, srcs []*entity) {
	for _, s := range srcs {
		for _, o := range srcs {
			if s != nil && o != nil && s != o {
				d.addClaim(claim{src: ent(s), dst: ent(o), typ: typ, mod: mod, sent: si, conf: 0.5})
			}
		}
	}
}

// thingDemonym reports whether a span is a demonym qualifying a thing
// ("Afghan territory", "Russian drones"), which can be the subject of no
// verb of speech or judgement: "X rejected claims that Afghan territory was
// used ..., and blamed Y" has X blame Y.
func (d *doc) thingDemonym(sp *span) bool {
	if sp == nil || !isDemonym(sp) || sp.hi >= len(d.toks) {
		return false
	}
	n := d.tok(sp.hi)
	if n.kind != tokWord || n.cap || d.spanAt[sp.hi] != 0 {
		return false
	}
	return !speakingNouns[n.lower]
}

// speakingNouns after a demonym name those who can speak or judge:
// "Russian officials", "the Afghan government".
var speakingNouns = setOf("government", "authorities", "officials", "official", "forces", "military", "army",
	"troops", "navy", "leaders", "leadership", "president", "ministry", "side", "regime", "embassy", "state",
	"diplomats", "counterpart", "counterparts", "administration", "parliament", "soldiers", "police",
	"lawmakers", "politicians", "negotiators", "envoy", "ambassador", "spokesman", "spokeswoman",
	"spokesperson", "delegation", "opposition", "media", "people", "junta", "cabinet", "premier", "minister")

// subjectSpan returns the last span of e in the clause of k before k, or
// nil.
func (d *doc) subjectSpan(k, si int, e *entity) *span {
	if e == nil {
		return nil
	}
	lo, _ := d.clause(k)
	lo = max(lo, d.sents[si].lo)
	for j := k - 1; j >= lo; j-- {
		if sp, a := d.actorAt(j); a == e {
			return sp
		}
	}
	return nil
}

// governmentObject returns the state a stance verb at k judges when it
// takes "the government" or "the authorities" with no name: the state the
// report is about, as its opening names it ("NEW DELHI - ... The
// opposition criticised the government, saying ..."), or nil.
func (d *doc) governmentObject(k int) *entity {
	if k+1 >= len(d.toks) {
		return nil
	}
	n := d.governmentWords(k + 1)
	if n == 0 || strings.HasPrefix(d.toks[k].lower, "accus") {
		// "accused the government of withholding ...": a charge laid on
		// the rulers as a body, not a judgement of the state
		return nil
	}
	if c := d.openingState(); c != nil {
		return c
	}
	if c := d.leadingCountry(k + 1); c != nil {
		return c
	}
	return d.namedRulers(k+1, d.tok(k+n).lower)
}

// withoutOwners drops, from the actors a stance verb at k takes, a name
// that only qualifies another: the owner of a named body ("accused
// Hichilema's ruling party of ..." judges the party), a person whose
// government is judged ("accused Orbán's government of ...": the
// government, not the man), and a name inside the role of the one judged
// ("criticised Ruiz's record as UN envoy": Ruiz, not the UN).
func (d *doc) withoutOwners(k int, actors []*entity) []*entity {
	if len(actors) == 0 {
		return actors
	}
	_, hi := d.clause(k)
	var out []*entity
	for _, a := range actors {
		qualifies, acts := false, false
		for _, si := range a.spans {
			sp := d.spans[si]
			if sp.lo <= k || sp.lo >= hi {
				continue
			}
			if d.ownerOnly(sp, a, actors) || d.roleQualifier(sp) {
				qualifies = true
			} else {
				acts = true
			}
		}
		if !qualifies || acts {
			out = append(out, a)
		}
	}
	return out
}

// ownerOnly reports whether the span of a owns, with "'s", another actor
// of the list or, for a person, a government.
func (d *doc) ownerOnly(sp span, a *entity, actors []*entity) bool {
	if d.tok(sp.hi).lower != "'s" {
		return false
	}
	if o, e := d.actorAt(sp.hi + 1); e != nil && e != a && o.lo == sp.hi+1 && hasEntity(actors, e) {
		return true
	}
	return a.typ == graph.Person && rulerNouns[d.tok(sp.hi+1).lower] && d.spanAt[sp.hi+1] == 0
}

// roleQualifier reports whether a span after "as" qualifies the noun
// that follows it, a role or a kind: "his record as UN envoy".
func (d *doc) roleQualifier(sp span) bool {
	p := sp.lo - 1
	if w := d.tok(p).lower; w == "the" || w == "a" || w == "an" || w == "former" {
		p--
	}
	if d.tok(p).lower != "as" {
		return false
	}
	if r := d.spanBefore(sp.hi + 1); r != nil && r.kind == spanRole {
		return true
	}
	n := d.tok(sp.hi)
	return sp.hi < len(d.toks) && n.kind == tokWord && !n.cap && d.spanAt[sp.hi] == 0 // "as UN human rights chief"
}
