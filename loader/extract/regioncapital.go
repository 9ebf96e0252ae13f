package extract

import "github.com/geokg/geokg/graph"

// unitCapitalWords name the seat of a state's part: "the state capital",
// "the provincial capital".
var unitCapitalWords = setOf("state", "provincial", "regional", "district", "county")

// unitCapitalPlaces reads "the state capital, Morelia", "the state capital
// Maiduguri" and "Bol, the provincial capital": the town is the seat of
// the region told of before, so it lies in that region.
func (d *doc) unitCapitalPlaces() {
	for k := 1; k+1 < len(d.toks); k++ {
		if d.toks[k].lower != "capital" || !unitCapitalWords[d.toks[k-1].lower] || d.tok(k-2).lower != "the" {
			continue
		}
		j := k + 1
		if d.tok(j).text == "," {
			j++
		}
		town, ok := d.spanEntity(j) // "the state capital, Morelia"
		if ok && town.lo != j {
			ok = false
		}
		if !ok && d.tok(k-3).text == "," {
			town, ok = d.spanEntity(k - 4) // "Bol, the provincial capital"
		}
		if !ok {
			continue
		}
		if town.ent == nil || town.ent.typ != graph.Location || town.kind == spanRole || d.sents[town.sent].heading {
			continue
		}
		region := d.lastRegion(k-2, town.ent)
		if region == nil {
			continue
		}
		d.addClaim(claim{src: ent(town.ent), dst: ent(region), typ: graph.LocatedIn, mod: graph.Asserted, sent: town.sent, conf: 0.6})
	}
}

// lastRegion returns the region named last before token k, within a few
// sentences, that the gazetteer does not put outside the state of town:
// "in the western state of Michoacán", "in Borno state", "Balochistan".
func (d *doc) lastRegion(k int, town *entity) *entity {
	for _, sp := range d.walkBack(k-300, k) {
		if sp == nil || sp.ent == nil || sp.ent.typ != graph.Location || sp.ent == town || sp.kind == spanRole {
			continue
		}
		if !(d.widePlace(sp) || wideUnits[d.tok(sp.hi).lower] || d.unitNamedBefore(sp, wideUnits)) {
			continue
		}
		if town.country != "" && sp.ent.country != "" && town.country != sp.ent.country {
			return nil
		}
		return sp.ent
	}
	return nil
}
