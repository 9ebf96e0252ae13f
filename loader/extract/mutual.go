package extract

import "github.com/geokg/geokg/graph"

// mutualSides fills the sides of a fight no single side started: those
// named after "between" ("clashes between the army and the rebels"), else
// the subject and object of "is fighting", else those named before it and
// after "clashed with". A fight already reported ("if the fighting
// continued") has no sides in whoever the sentence names first, and
// whoever hosts or brokers after "by" did not fight.
func (d *doc) mutualSides(m *eventMention, left, right, between []actor) {
	if len(between) > 0 {
		for _, a := range between {
			m.perps = appendUnique(m.perps, a.ent)
			if a.ent != m.perp {
				m.targets = removeEntity(m.targets, a.ent)
			}
		}
		return
	}
	if !m.verb && anaphoricDeterminers[d.tok(m.lo-1).lower] {
		return
	}
	if subj, obj := d.foughtSides(m, left, right); obj != nil {
		m.perps = appendUnique(appendUnique(m.perps, subj), obj) // "the mission, which is fighting X"
		return
	}
	for _, a := range right {
		if m.verb && a.prev == "with" && a.pos <= m.hi+2 {
			m.perps = appendUnique(m.perps, a.ent) // "the army clashed with the RSF"
		}
	}
	byList := false
	for _, a := range left {
		if a.prev == "by" || byList && (a.prev == "and" || a.prev == ",") {
			byList = true
			continue // "talks hosted by X and Y, after days of clashes": the hosts did not fight
		}
		byList = false
		if a.ent.typ == graph.Person && a.pos < m.lo-3 {
			continue
		}
		m.perps = appendUnique(m.perps, a.ent)
	}
}

// foughtSides returns the two sides of a fight told as a verb with its
// object: "the army has been fighting the RSF", "the mission, which is
// fighting X". Whoever the sentence names before the subject ("Kenya
// contributes troops to the mission, which is fighting X") did not fight.
// obj is nil when the verb has no such subject and object.
func (d *doc) foughtSides(m *eventMention, left, right []actor) (subj, obj *entity) {
	// "is fighting", "have been fighting": a verb even when read as a noun.
	if !(m.verb || passiveAux[d.tok(m.lo-1).lower]) || len(left) == 0 || len(right) == 0 {
		return nil, nil
	}
	o := right[0]
	if o.pos != m.hi && !(o.pos == m.hi+1 && d.toks[m.hi].lower == "the") {
		return nil, nil
	}
	s := left[len(left)-1]
	if !d.onlyAfter(s.pos, m.lo, fighterTail) {
		return nil, nil
	}
	return s.ent, o.ent
}

// fighterLinks join a fighting subject to its verb, besides auxiliaries
// and the heads of forces and parties: "the mission, which is fighting".
var fighterLinks = setOf("mission", "which", "who", ",", ")")

// fighterTail reports whether w may stand between the subject of
// "fighting" and the verb.
func fighterTail(w string) bool {
	return auxWords[w] || passiveAux[w] || forceWords[w] || partyHeads[w] || fighterLinks[w]
}

// anaphoricDeterminers point back to an event already named.
var anaphoricDeterminers = setOf("the", "this", "that", "these", "those", "such")

// removeEntity returns es without e.
func removeEntity(es []*entity, e *entity) []*entity {
	out := es[:0]
	for _, x := range es {
		if x != e {
			out = append(out, x)
		}
	}
	return out
}

// demonymListActs reports whether the demonyms listed from token k on end
// in a force or state noun: "Pakistani and Afghan forces", "Kenyan, Ugandan
// and Rwandan troops" make every member act.
func (d *doc) demonymListActs(k int) bool {
	for n := 0; n < 6 && (d.tok(k).lower == "and" || d.tok(k).text == ","); n++ {
		if d.tok(k).text == "," && d.tok(k+1).lower == "and" {
			k++
		}
		sp, ok := d.spanEntity(k + 1)
		if !ok || sp.kind != spanGaz || len(sp.gaz) == 0 || sp.gaz[0].form != formDemonym {
			return false
		}
		k = sp.hi
	}
	return stateNouns[d.tok(k).lower] && d.tok(k-1).lower != "and"
}
