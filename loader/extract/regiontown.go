package extract

import "github.com/geokg/geokg/graph"

// regionTownAt returns the town that "the <region> city of <town>" names
// after the region span a: "the occupied West Bank city of Jenin", "the
// Amhara town of Debre Markos". A region or area of a state used as the
// qualifier of a town holds the town; a sea or river does not ("the Red Sea
// port of Hodeidah" names its shore), so only places the gazetteer ties to a
// state count.
func (d *doc) regionTownAt(a *span) *span {
	if a.kind != spanGaz || len(a.gaz) == 0 || a.gaz[0].country == "" || !wideKinds[a.gaz[0].kind] {
		return nil
	}
	if !settlementUnits[d.tok(a.hi).lower] || d.tok(a.hi+1).lower != "of" {
		return nil
	}
	b, ok := d.spanEntity(a.hi + 2)
	if !ok || b.lo != a.hi+2 || b.ent == nil || b.ent.typ != graph.Location || b.ent == a.ent || b.sent != a.sent {
		return nil
	}
	return b
}
