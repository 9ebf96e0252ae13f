package extract

import "github.com/geokg/geokg/graph"

// mutualSides fills the sides of a fight no single side started: those
// named after "between" ("clashes between the army and the rebels"), else
// those named before it and after "clashed with", unless the fight is one already reported ("if
// the fighting continued"), whose sides are not whoever the sentence names
// first.
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
	for _, a := range right {
		if m.verb && a.prev == "with" && a.pos <= m.hi+2 {
			m.perps = appendUnique(m.perps, a.ent) // "the army clashed with the RSF"
		}
	}
	for _, a := range left {
		if a.ent.typ == graph.Person && a.pos < m.lo-3 || a.prev == "by" {
			continue // "talks hosted by X, after days of clashes": the host did not fight
		}
		m.perps = appendUnique(m.perps, a.ent)
	}
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
