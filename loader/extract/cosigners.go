package extract

import "github.com/geokg/geokg/graph"

// cosignerMeetings reads two persons who sign one accord in the same
// clause ("The deal was signed by Foreign Minister A and his counterpart
// B", "A and B signed a memorandum") as having met: a signing is done
// face to face, so the signers met whether or not talks are told.
// Persons of one state sign on the same side and meet no one by it.
func (d *doc) cosignerMeetings() {
	for _, a := range d.agrees {
		if a.typ != graph.Agreed || a.mod != graph.Asserted || a.target.ev == nil {
			continue
		}
		if s := d.sents[a.sent]; !d.wordBetween(s.lo, s.hi, signVerbs) {
			continue // agreed, not signed
		}
		var persons []*entity
		for _, e := range a.subjects {
			if e.typ == graph.Person {
				persons = append(persons, e)
			}
		}
		for i, p := range persons {
			ps := d.actorState(p)
			for _, q := range persons[i+1:] {
				if ps != nil && ps == d.actorState(q) {
					continue
				}
				d.addClaim(claim{src: ent(p), dst: ent(q), typ: graph.MetWith, mod: a.mod, sent: a.sent, conf: 0.6})
			}
		}
	}
}
