package extract

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// secondPredicates after "and" open a second predicate of the same subject:
// "condemned the takeover and demanded the release of ..." condemns the
// takeover, not the release asked for.
var secondPredicates = setOf("said", "says", "added", "demanded", "demands", "urged", "urges", "called", "calls",
	"vowed", "vows", "ordered", "orders", "pledged", "promised", "announced", "asked", "appealed", "expressed",
	"offered", "warned", "threatened", "insisted", "stressed", "accused", "blamed", "declared", "told", "pressed")

// sideParticiples after a comma open a clause of their own that tells why
// or how: "rejected the accusation, saying the troops protect civilians".
var sideParticiples = setOf("saying", "adding", "calling", "accusing", "insisting", "arguing", "noting", "describing",
	"warning", "urging", "citing", "stressing", "claiming", "vowing", "demanding", "blaming", "telling", "explaining")

// stanceObjectEnd returns where the object of the stance verb at k ends: at
// an "and" that opens a second predicate or a comma that opens a side
// participle, else at the clause's end.
func (d *doc) stanceObjectEnd(k int) int {
	_, hi := d.clause(k)
	for j := k + 1; j < hi; j++ {
		if d.toks[j].text == "," && sideParticiples[d.tok(j+1).lower] {
			return j
		}
		if d.toks[j].lower != "and" {
			continue
		}
		n := j + 1
		for n < hi && n < j+3 && (d.toks[n].lower == "also" || !d.toks[n].cap && strings.HasSuffix(d.toks[n].lower, "ly")) {
			n++ // "and also urged", "and swiftly ordered"
		}
		if secondPredicates[d.tok(n).lower] {
			return j
		}
	}
	return hi
}

// stanceObjects keeps the events and actors a stance verb at k takes before
// a second predicate of its subject.
func (d *doc) stanceObjects(k int, evs []*event, actors []*entity) ([]*event, []*entity) {
	end := d.stanceObjectEnd(k)
	if _, hi := d.clause(k); end == hi {
		return evs, actors
	}
	var keptEvs []*event
	for j := k + 1; j < end; j++ {
		if m := d.evAt[j]; m != nil && m.ev != nil && slices.Contains(evs, m.ev) && !slices.Contains(keptEvs, m.ev) {
			keptEvs = append(keptEvs, m.ev)
		}
	}
	return keptEvs, d.actorsNamedWithin(actors, k, end)
}

// coupNouns stand for a seizure of power told before: "condemned the
// takeover".
var coupNouns = setOf("takeover", "coup", "putsch", "mutiny")

// changeNouns after "unconstitutional" name a coup: "condemned any
// unconstitutional change of government".
var changeNouns = setOf("change", "changes", "seizure")

// takeoverReferent returns the seizure of power a coup noun object of the
// verb at k stands for: the first event told by a word of seizure before it,
// however far back, since an article tells of one coup and names it first.
func (d *doc) takeoverReferent(k int) *event {
	if _, j := d.objectNoun(k, coupNouns); j < 0 {
		if _, j := d.objectNoun(k, changeNouns); j < 0 || d.tok(j-1).lower != "unconstitutional" {
			return nil
		}
	}
	for _, m := range d.evs {
		if m.lo >= k {
			break
		}
		if m.ev == nil || m.ev.mod != graph.Asserted {
			continue
		}
		if takeoverWords[d.joinLower(m.lo, m.hi)] {
			return m.ev
		}
	}
	return nil
}

// actReferent returns the attack an act noun object of the verb at k
// stands for when no event was told in the two sentences before: "condemned
// this barbaric act" a few sentences after the raid.
func (d *doc) actReferent(k int) *event {
	if !d.actNounAfter(k) {
		return nil
	}
	return d.latestEventOf(k, 4, graph.Attack)
}

// governmentObject returns the state a stance verb at k judges when it
// takes "the government" or "the authorities" with no name: the state the
// report is about, as its opening names it ("NEW DELHI - ... The
// opposition criticised the government, saying ..."), or nil.
func (d *doc) governmentObject(k int) *entity {
	if k+1 >= len(d.toks) {
		return nil
	}
	if strings.HasPrefix(d.toks[k].lower, "accus") {
		// "accused the government of withholding ...": a charge laid on
		// the rulers as a body, not a judgement of the state
		return nil
	}
	return d.governmentReferent(k + 1)
}

// governmentReferent returns the state "the government" or "the
// authorities" at j stands for: the state the report is about, as its
// opening names it, the one the text leads with, or else the state of the
// rulers named just before ("the Burkinabe authorities"); nil when j names
// no rulers.
func (d *doc) governmentReferent(j int) *entity {
	n := d.governmentWords(j)
	if n == 0 {
		return nil
	}
	if c := d.openingState(); c != nil {
		return c
	}
	if c := d.leadingCountry(j); c != nil {
		return c
	}
	return d.namedRulers(j, d.tok(j+n-1).lower)
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
