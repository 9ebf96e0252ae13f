package extract

import "github.com/geokg/geokg/graph"

// struckPreps lead from an attack to what it hit: "fired drones at Israel",
// "strikes on Iran's nuclear sites".
var struckPreps = setOf("on", "at", "against", "into")

// struckState returns the state an attack hits, for an attack the text
// places nowhere else: the country named after "on", "at" or "against"
// ("fired missiles and drones at Israel"), also as the owner of what was
// hit ("strikes on Iran's nuclear facilities"), or after an attack noun's
// "of" ("the invasion of Ukraine"). News locates a strike on a state in
// that state. A capital or demonym standing for its state ("strikes on
// Kyiv", "Russian refineries") names a narrower place or only an owner,
// so it is left to the place rules.
func (d *doc) struckState(m *eventMention) *entity {
	_, hi := d.clause(m.lo)
	for k, sp := range d.walk(m.hi, min(hi, m.hi+8)) {
		if sp != nil || d.toks[k].kind == tokPunct || d.trigAt != nil && d.trigAt[k] {
			return nil // a name or another act comes first: what was hit is not a state
		}
		if d.asksNext(k) {
			return nil // "condemned the strike and called on Germany to ...": Germany is asked, not hit
		}
		w := d.toks[k].lower
		if !struckPreps[w] && !(w == "of" && k == m.hi && !m.verb) {
			continue
		}
		j := d.pastThe(k + 1)
		sp, ok := d.spanEntity(j)
		if !ok || sp.lo != j || sp.country || sp.ent == nil || sp.ent.typ != graph.Country || sp.ent == m.perp {
			return nil
		}
		return sp.ent
	}
	return nil
}
