package extract

import "github.com/geokg/geokg/graph"

// townPartPlaces reads "the city's Sykhiv district", "the capital's Hodan
// district": a part of a town named through the town told of before. News
// names the town once and then its districts, roads and squares by "the
// city's", so the part lies in the town the words point back to.
func (d *doc) townPartPlaces() {
	for i := range d.spans {
		b := &d.spans[i]
		if b.ent == nil || b.ent.typ != graph.Location || b.kind == spanRole || b.country || d.sents[b.sent].heading {
			continue
		}
		town := d.townOwnerBefore(b)
		if town == nil || town == b.ent {
			continue
		}
		d.addClaim(claim{src: ent(b.ent), dst: ent(town), typ: graph.LocatedIn, mod: graph.Asserted, sent: b.sent, conf: 0.6})
	}
}

// townOwnerBefore returns the town "the city's" or "the capital's" just
// before sp points back to, or nil when no such words stand there or no
// town was named in the sentences before.
func (d *doc) townOwnerBefore(sp *span) *entity {
	j := sp.lo - 1
	for j > 0 && regionAdjectives[d.tok(j).lower] {
		j-- // "the city's western Sykhiv district"
	}
	if d.tok(j).lower != "'s" || d.tok(j-2).lower != "the" || d.spanAt[j-1] != 0 {
		return nil
	}
	switch d.tok(j - 1).lower {
	case "capital":
		return d.lastCapital(j - 2)
	case "city", "town":
		return d.lastTown(j-2, sp.sent)
	}
	return nil
}

// lastTown returns the town named last before token k within the sentence
// si and the two before it: a city the gazetteer knows or a place told as
// "the city of X". Regions and states named in between are passed over,
// for "the city" cannot point to them.
func (d *doc) lastTown(k, si int) *entity {
	for _, sp := range d.walkBack(d.sents[max(si-2, 0)].lo, k) {
		if sp == nil || sp.ent == nil || sp.ent.typ != graph.Location || sp.kind == spanRole {
			continue
		}
		if d.townSpan(sp) {
			return sp.ent
		}
	}
	return nil
}

// townSpan tells whether sp names a town: the gazetteer knows it as a city,
// or the text calls it one ("the western city of Lviv", "Quetta city").
func (d *doc) townSpan(sp *span) bool {
	if sp.ent.kind == "city" || sp.ent.kind == "capital" {
		return true
	}
	if d.unitNamedBefore(sp, townNouns) {
		return true
	}
	return townNouns[d.tok(sp.hi).lower] && d.tok(sp.hi+1).lower != "of"
}

// unitNamedBefore tells whether sp is named after one of the units and
// "of": "the city of Lviv", "the state of Michoacán".
func (d *doc) unitNamedBefore(sp *span, units map[string]bool) bool {
	return d.tok(sp.lo-1).lower == "of" && units[d.tok(sp.lo-2).lower]
}

// townNouns call a place a town.
var townNouns = setOf("city", "town", "capital", "port")
