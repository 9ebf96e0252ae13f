package extract

import "github.com/geokg/geokg/graph"

// ownedQuarter returns the named part of a city that the city's name at pos
// owns: "Commerce Square" in "rallied in Lisbon's Commerce Square", "Alfama
// district" in "Lisbon's Alfama district". A rally is placed at the square,
// street or district its crowd filled, not in the wider city.
func (d *doc) ownedQuarter(pos int) *entity {
	sp, ok := d.spanEntity(pos)
	if !ok || sp.lo != pos || sp.ent == nil || sp.ent.typ != graph.Location || d.tok(sp.hi).lower != "'s" {
		return nil
	}
	j := sp.hi + 1
	for j < len(d.toks) && j < sp.hi+3 && regionAdjectives[d.toks[j].lower] && d.spanAt[j] == 0 {
		j++
	}
	q, ok := d.spanEntity(j)
	if !ok || q.lo != j || q.ent == nil || q.ent.typ != graph.Location || q.ent == sp.ent {
		return nil
	}
	return q.ent
}
