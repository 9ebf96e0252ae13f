package extract

import "github.com/geokg/geokg/graph"

// calledProtestParties makes the caller of a protest its organiser when
// the protest is only called for and names no one else: "the opposition
// leader called for peaceful protests", "urged supporters to observe a
// general strike". The caller's own party, when the sentence says he
// leads it ("party leader X", "X, leader of the Y party"), organises it
// rather than the man. A called protest told by no place and no party
// would else tie to nothing and be lost with its demand.
func (d *doc) calledProtestParties() {
	for _, c := range d.claims {
		ev, caller := c.dst.ev, c.src.ent
		if c.typ != graph.Demanded || ev == nil || caller == nil || ev.typ != graph.Protest || ev.mod == graph.Asserted || len(ev.parts) > 0 {
			continue
		}
		if caller.typ != graph.Person && caller.typ != graph.Organization {
			continue // a state calls for no march of its own
		}
		org := caller
		if caller.typ == graph.Person {
			if body := d.ledIn(caller, c.sent); body != nil {
				org = body
			}
		}
		ev.parts = append(ev.parts, org)
	}
}

// ledIn returns the organisation sentence si says p leads.
func (d *doc) ledIn(p *entity, si int) *entity {
	return d.ledBy(p, graph.Organization, si)
}
