package extract

import "github.com/geokg/geokg/graph"

// speechKinds name the occasion of a speech between its owner and the noun:
// "her victory speech", "his televised address". Stepping over them lets the
// possessive name the speaker as it does in "her speech".
var speechKinds = setOf("victory", "acceptance", "concession", "inaugural", "farewell", "keynote", "televised",
	"nationally", "opening", "closing", "campaign", "budget", "anniversary", "day")

// leadSubject returns the person who opens the sentence before si when
// sentence si names no person before k: in "Ana Ruiz, who served as Luis
// Soto's deputy, campaigned on order. In her victory speech ..." the speech
// is the subject's, not the last name read.
func (d *doc) leadSubject(si, k int) *entity {
	if si == 0 {
		return nil
	}
	for _, sp := range d.walk(d.sents[si].lo, k) {
		if e := actorOf(sp); e != nil && e.typ == graph.Person {
			return nil
		}
	}
	if _, e := d.actorAt(d.sents[si-1].lo); e != nil && e.typ == graph.Person {
		return e
	}
	return nil
}
