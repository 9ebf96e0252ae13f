package extract

import "github.com/geokg/geokg/graph"

// attackerSentences carries the place and day of an attack from the next
// sentence when it goes on about the attackers without naming the attack
// again: "Gunmen abducted 40 passengers on Tuesday. The attackers stopped
// the bus near Gusau on Monday evening ..." happened near Gusau on Monday.
func (d *doc) attackerSentences() {
	var last *eventMention
	mi := 0
	for si, s := range d.sents {
		hasAttack := false
		for ; mi < len(d.evs) && d.evs[mi].sent == si; mi++ {
			if m := d.evs[mi]; m.typ == graph.Attack && m.mod == graph.Asserted {
				last, hasAttack = m, true
			}
		}
		if hasAttack || last == nil || s.heading || last.sent < si-2 || d.sents[last.sent].para != s.para && last.sent != si-1 {
			continue
		}
		if !d.attackersOpen(s.lo) && !d.passiveHit(s) {
			continue
		}
		if last.loc == nil || last.loc.typ == graph.Country {
			if l := d.placeIn(s.lo, s.hi); l != nil {
				last.loc = l
			}
		}
		if last.date == nil {
			for i := range d.dates {
				de := &d.dates[i]
				if de.sent == si && !de.bound && !d.saidDate(de) {
					last.date = de
					break
				}
			}
		}
	}
}

// attackersOpen reports whether a sentence opens on the unnamed attackers:
// "The gunmen", "The attackers, described by police as bandits,".
func (d *doc) attackersOpen(lo int) bool {
	k := d.pastThe(lo)
	if d.tok(k).lower == "suspected" || d.tok(k).lower == "armed" {
		k++
	}
	return unnamedSubjects[d.tok(k).lower] && d.tok(k).lower != "men" && d.tok(k).lower != "fighters"
}

// placeIn returns the first place in [lo, hi) named after a place
// preposition.
func (d *doc) placeIn(lo, hi int) *entity {
	for _, sp := range d.walk(lo, hi) {
		if sp != nil && sp.ent != nil && sp.ent.typ == graph.Location && inPreps[d.prevWord(sp.lo)] {
			return sp.ent
		}
	}
	return nil
}

// blameAttackVerbs lay an attack at someone's door: "blamed X for the attack".
var blameAttackVerbs = setOf("blamed", "blames", "blaming", "blame", "held", "holds", "holding")

// blamedFor returns who is blamed for the attack named at m: "the army
// blamed the RSF for the attack", "held Hamas responsible for the
// bombing". Nil when no one is.
func (d *doc) blamedFor(m *eventMention) *entity {
	k := m.lo - 1
	for k > 0 && (anaphoricDeterminers[d.tok(k).lower] || attackModifiers[d.tok(k).lower]) {
		k--
	}
	if d.tok(k).lower != "for" {
		return nil
	}
	k--
	if d.tok(k).lower == "responsible" {
		k--
	}
	sp, ok := d.spanEntity(k)
	if !ok {
		return nil
	}
	_, e := d.actorAt(sp.lo)
	if e == nil || e.typ == graph.Person {
		return nil
	}
	j := d.beforeThe(sp.lo - 1)
	if !blameAttackVerbs[d.tok(j).lower] || d.tok(j).lower == "held" && d.tok(m.lo-2).lower != "responsible" && d.tok(sp.hi).lower != "responsible" {
		return nil
	}
	return e
}

// prisonWords name a place of detention or its inmates.
var prisonWords = setOf("prison", "prisons", "jail", "jails", "penitentiary", "inmates", "prisoners", "detention")

// prisonRiot reports whether the riot named at [lo, hi) broke out in a
// prison: "a prison riot", "a riot at the central jail".
func (d *doc) prisonRiot(lo, hi int) bool {
	if w := d.toks[lo].lower; w != "riot" && w != "riots" {
		return false
	}
	s := d.sents[d.sentOf[lo]]
	for k := max(s.lo, lo-2); k < min(s.hi, hi+5); k++ {
		if prisonWords[d.toks[k].lower] {
			return true
		}
	}
	return false
}

// speakerLaunched returns the quoted group when it says it carried out the
// attack named at m: "the group said it had carried out the bombing", "the
// command said it had conducted an airstrike". Nil otherwise.
func (d *doc) speakerLaunched(m *eventMention) *entity {
	k := m.lo - 1
	for n := 0; k > 0 && (determiners[d.tok(k).lower] || attackModifiers[d.tok(k).lower] || d.tok(k).text == "-" || quoteMarks[d.tok(k).text] ||
		n < 2 && d.plainAdjective(k)); n++ {
		k-- // "conducted a \"precise strike\"": a word of praise or a quote between
	}
	if d.tok(k).lower == "out" {
		k-- // "carried out"
	}
	if !launchVerbs[d.tok(k).lower] {
		return nil
	}
	k--
	for k > 0 && auxWords[d.tok(k).lower] {
		k--
	}
	if w := d.tok(k).lower; w != "it" && w != "they" {
		if o := d.ownForces(k, m.sent); o != nil {
			d.struckThrough(m, o) // "said its forces had carried out a strike"
			return m.perp
		}
		return nil
	}
	if spk := d.speakerOf(m.sent); spk != nil && spk.typ != graph.Person {
		return spk
	}
	return nil
}

// quoteMarks open or close a quoted phrase.
var quoteMarks = setOf("\"", "“", "”", "'", "‘", "’")

// plainAdjective reports whether the word at k can qualify an attack noun
// without being a verb, a name or a function word: "precise", "targeted".
func (d *doc) plainAdjective(k int) bool {
	t := d.tok(k)
	return t.kind == tokWord && !t.cap && !launchVerbs[t.lower] && !auxWords[t.lower] && t.lower != "out" && t.lower != "it" &&
		t.lower != "they" && !d.trigAt[k] && !closedWords[t.lower] && !prepositions[t.lower]
}

// claimVerbs say who owns an attack, on their own day.
var claimVerbs = setOf("claimed", "claims", "claiming", "claim")

// claimDate reports whether the date de is that of a claim of the attack
// at m, not of the attack: "the rebels on Wednesday claimed a drone attack",
// "claimed responsibility on Friday for the bombing".
func (d *doc) claimDate(de *dateExpr, m *eventMention) bool {
	if de.hi > m.lo {
		return false
	}
	for k := max(0, de.lo-2); k < m.lo; k++ {
		if claimVerbs[d.toks[k].lower] && (k < de.lo || k-de.hi <= 1) {
			return true
		}
	}
	return false
}

// hitWords after "was" or "were" say a target was struck: "The tanker was
// hit late Monday" goes on about the attack just reported.
var hitWords = setOf("hit", "struck", "attacked", "targeted", "shelled", "bombed", "rammed", "boarded")

// passiveHit reports whether sentence s tells that something was hit,
// naming no attack of its own.
func (d *doc) passiveHit(s sentence) bool {
	for k := s.lo + 1; k < s.hi && k < s.lo+12; k++ {
		if w := d.toks[k-1].lower; (w == "was" || w == "were" || w == "been") && hitWords[d.toks[k].lower] {
			return true
		}
	}
	return false
}

// ownTarget returns the quoted body when the attack at m struck its own
// people or posts: "UNIFIL said Israeli troops had fired on its patrols".
func (d *doc) ownTarget(m *eventMention) *entity {
	k := m.hi
	if w := d.tok(k).lower; w != "on" && w != "at" && w != "against" {
		return nil
	}
	if w := d.tok(k + 1).lower; w != "its" && w != "their" {
		return nil
	}
	if spk := d.speakerOf(m.sent); spk != nil && spk.typ == graph.Organization {
		return spk
	}
	return nil
}
