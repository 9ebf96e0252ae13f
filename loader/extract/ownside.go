package extract

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// ownSideTypes are the stances one takes towards another party, never
// towards the state or body one leads or belongs to.
var ownSideTypes = map[graph.RelationType]bool{
	graph.Demanded: true, graph.Rejected: true, graph.Threatened: true,
	graph.Criticized: true, graph.Condemned: true,
}

// deedJudgements blame a deed; no one blames a deed their own side did.
var deedJudgements = map[graph.RelationType]bool{graph.Criticized: true, graph.Condemned: true}

// dropOwnSideStances drops a demand, rejection, threat, criticism or
// condemnation aimed at the speaker's own side, and a criticism or
// condemnation of a deed that side did. Such a target is a name inside the
// demanded or judged clause, not the one addressed: in "the Kremlin
// rejected suggestions of Russian involvement" Russia is the Kremlin's own
// state; in "the premier urged Ottawa to hit back" the demand goes to his
// own government on behalf of his side, which the knowledge model does not
// record as a demand between two parties; and a president who calls her
// country's response shameful judges the response, not her country.
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
	ownSide := func(src, dst *entity) bool {
		return src == dst || owns[pairOf(src, dst)] || ownState(src, dst)
	}
	doers := make(map[*event][]*entity)
	for _, c := range d.claims {
		if c.typ == graph.Perpetrated && c.src.ent != nil && c.dst.ev != nil {
			doers[c.dst.ev] = append(doers[c.dst.ev], c.src.ent)
		}
	}
	d.dropClaims(func(c claim) bool {
		if ownSideTypes[c.typ] && c.src.ent != nil && c.dst.ent != nil && ownSide(c.src.ent, c.dst.ent) {
			return true
		}
		// "the Guards seized the tanker, accusing it of smuggling": the seizure is theirs
		return deedJudgements[c.typ] && c.src.ent != nil && c.dst.ev != nil &&
			slices.ContainsFunc(doers[c.dst.ev], func(e *entity) bool { return ownSide(c.src.ent, e) })
	})
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
