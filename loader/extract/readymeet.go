package extract

import "github.com/geokg/geokg/graph"

// readySideMeets makes a state or body said to be open to talks with
// another ("Lavrov said Moscow remained open to talks with Kyiv") a side
// of those talks that meets the side they are held with, as the subject of
// "ready to hold talks with" is. The speaker only offers: a spokesman is
// no side. sides are the subjects named before the readiness word, at the
// meeting word it reaches.
func (d *doc) readySideMeets(sides []*entity, at int) {
	m := d.evAt[at]
	if m == nil || m.ev == nil || m.typ != graph.Meeting || m.verb || d.tok(m.hi).lower != "with" {
		return
	}
	for _, side := range sides {
		if hasEntity(m.parts, side) {
			continue
		}
		d.addClaim(claim{src: ent(side), dst: evt(m.ev), typ: graph.ParticipatedIn, mod: m.mod, sent: m.sent, conf: 0.5})
		for _, p := range m.parts {
			if p.typ != graph.Location {
				d.addClaim(claim{src: ent(side), dst: ent(p), typ: graph.MetWith, mod: m.mod, sent: m.sent, conf: 0.5})
			}
		}
	}
}
