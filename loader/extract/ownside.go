package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// ownSideTypes are the stances one takes towards another party, never
// towards the state or body one leads or belongs to.
var ownSideTypes = map[graph.RelationType]bool{
	graph.Demanded: true, graph.Rejected: true, graph.Threatened: true,
}

// dropOwnSideStances drops a demand, rejection or threat aimed at the
// speaker's own side. Such a target is a name inside the demanded clause,
// not the one asked: in "the Kremlin rejected suggestions of Russian
// involvement" Russia is the Kremlin's own state, and in "the premier urged
// Ottawa to hit back" the demand goes to his own government on behalf of
// his side, which the knowledge model does not record as a demand between
// two parties.
func (d *doc) dropOwnSideStances() {
	owns, members := d.belonging() // members: person or body → the body or state it belongs to
	ownState := func(src, dst *entity) bool {
		if dst.typ != graph.Country || dst.code == "" {
			return false
		}
		if stateOrgan(src) && src.country == dst.code {
			return true
		}
		for _, m := range members {
			if m.src.ent == src && stateOrgan(m.dst.ent) && m.dst.ent.country == dst.code {
				return true // "Kremlin spokesman Peskov" belongs to Russia through the Kremlin
			}
		}
		return false
	}
	kept := d.claims[:0]
	for _, c := range d.claims {
		if ownSideTypes[c.typ] && c.src.ent != nil && c.dst.ent != nil &&
			(owns[pairOf(c.src.ent, c.dst.ent)] || ownState(c.src.ent, c.dst.ent)) {
			continue
		}
		kept = append(kept, c)
	}
	d.claims = kept
}

// subStateWords mark a body of a region or city, which may well make
// demands of its own state: "the Kurdistan Regional Government called on
// Baghdad to pay salaries".
var subStateWords = setOf("regional", "provincial", "autonomous", "municipal", "city", "region", "province")

// stateOrgan tells whether a body speaks for the whole state it belongs
// to: its government, ministries, armed forces.
func stateOrgan(e *entity) bool {
	if e.typ != graph.Organization || e.country == "" || e.kind != "government body" && e.kind != "armed forces" {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(e.name)) {
		if subStateWords[w] {
			return false
		}
	}
	return true
}
