package extract

import "github.com/geokg/geokg/graph"

// wideUnits end the name of a place that holds towns: "Ouaddai region".
var wideUnits = setOf("region", "province", "state", "district", "department", "governorate", "county", "oblast",
	"prefecture", "territory")

// holdsPlaceBefore tells whether sp names the wider place that holds the
// place just before it: "near Goz Beida in Chad's Ouaddai region", "in
// Kalehe, in South Kivu province". News gives the holder to say where the
// town lies, not as a second place where the event happened.
func (d *doc) holdsPlaceBefore(sp *span) bool {
	if sp.ent == nil || !(sp.ent.typ == graph.Country || sp.ent.kind == "region" || wideUnits[d.tok(sp.hi-1).lower]) {
		return false
	}
	j := d.prevWordAt(sp.lo)
	if d.tok(j).lower != "in" {
		return false
	}
	j--
	if d.tok(j).text == "," {
		j--
	}
	a, ok := d.spanEntity(j)
	return ok && a.hi == j+1 && a.ent != nil && a.ent != sp.ent && a.ent.typ == graph.Location
}
