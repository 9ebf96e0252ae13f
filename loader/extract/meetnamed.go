package extract

import "github.com/geokg/geokg/graph"

// dropSidesOfNamedMeetings drops a state or body said to meet a person who,
// in the same sentence, meets another named person. The two people meet
// for their sides, so the side does not meet them as well: in "India and
// the United States announced a deal after Modi spoke with Trump" India
// met neither Modi nor Trump. A person who meets only an unnamed party
// still meets its side: "talks between Lukashenko and a US delegation".
func (d *doc) dropSidesOfNamedMeetings() {
	named := make(map[int]map[*entity]bool) // sentence → people meeting a named person there
	for _, c := range d.claims {
		if c.typ != graph.MetWith || c.src.ent == nil || c.dst.ent == nil ||
			c.src.ent.typ != graph.Person || c.dst.ent.typ != graph.Person {
			continue
		}
		if named[c.sent] == nil {
			named[c.sent] = make(map[*entity]bool)
		}
		named[c.sent][c.src.ent], named[c.sent][c.dst.ent] = true, true
	}
	if len(named) == 0 {
		return
	}
	side := func(x, p *entity, si int) bool {
		return x.typ != graph.Person && p.typ == graph.Person && named[si][p]
	}
	d.dropMetWith(side)
}
