package extract

import "github.com/geokg/geokg/graph"

// agreedStates adds to an agreement the states its makers stand for when
// leaders of two or more states make it: "Kenyan President Ruto and
// Ugandan President Museveni agreed to step up security cooperation" is
// a deal between Kenya and Uganda, made by their leaders. The leaders
// keep their AGREED claims; the states are the deal's parties.
func (d *doc) agreedStates() {
	for _, e := range d.events {
		if e.typ != graph.Agreement {
			continue
		}
		var states []*entity
		for _, p := range e.parts {
			if p.typ != graph.Person {
				continue
			}
			if s := d.actorState(p); s != nil {
				states = appendUnique(states, s)
			}
		}
		if len(states) < 2 {
			continue // one state's people, or leaders no title ties to a state
		}
		for _, s := range states {
			if len(e.parts) < maxParticipants {
				e.parts = appendUnique(e.parts, s)
			}
		}
	}
}
