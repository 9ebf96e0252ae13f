package extract

import "github.com/geokg/geokg/graph"

// delegationHeads: who heads a side at talks belongs to the state or body
// the side speaks for: "The U.S. delegation was led by X and Y", "a Hamas
// delegation led by Z", "W, who headed Beijing's team", "Washington was
// represented by V". Leading a delegation is no leadership of the state.
func (d *doc) delegationHeads(si int) {
	s := d.sents[si]
	for k := s.lo + 1; k < s.hi; k++ {
		w := d.toks[k].lower
		if w != "led" && w != "headed" && w != "represented" || d.spanAt[k] != 0 {
			continue
		}
		var side *entity
		var who []*entity
		switch {
		case d.tok(k+1).lower == "by":
			j := k - 1
			if a := d.tok(j).lower; a == "was" || a == "were" || a == "," {
				j--
			}
			if w == "represented" {
				// "Washington was represented by special envoy V"
				if sp, e := d.actorAt(j); e != nil && d.tok(k-1).lower == "was" && sp.hi == j+1 && e.typ != graph.Person {
					side = e
				}
			} else {
				side = d.sideOwnerBefore(j, s.lo)
			}
			who = d.personsAfter(k+2, s.hi)
		case w != "represented":
			side = d.sideOwnerAfter(k+1, s.hi)
			if d.tok(k-1).lower == "who" && d.tok(k-2).text == "," {
				// "Bessent, who led the U.S. delegation"
				if sp, e := d.actorAt(k - 3); e != nil && e.typ == graph.Person && sp.hi == k-2 {
					who = append(who, e)
				}
			} else if e := d.subjectBefore(k, si); e != nil && e.typ == graph.Person {
				who = append(who, e)
			}
		}
		if side == nil || side.media {
			continue
		}
		for _, p := range who {
			d.addClaim(claim{src: ent(p), dst: ent(side), typ: graph.AffiliatedWith, mod: graph.Asserted, sent: si, conf: 0.6, role: "head of delegation"})
		}
	}
}

// oneSide names a single side at talks; a plural ("the Russian and
// Ukrainian delegations") speaks for several.
var oneSide = setOf("team", "side", "delegation")

// sideOwnerBefore returns the state or body whose side ends at token j:
// "The U.S. delegation", "Ukraine's team", "the Russian negotiating team".
func (d *doc) sideOwnerBefore(j, lo int) *entity {
	if j <= lo || !oneSide[d.toks[j].lower] {
		return nil
	}
	k := j - 1
	for n := 0; n < 2 && k > lo && d.spanAt[k] == 0 && d.toks[k].kind == tokWord && !d.toks[k].cap; n++ {
		k-- // "military", "negotiating"
	}
	if d.tok(k).lower == "'s" {
		k--
	}
	return d.sideActor(k)
}

// sideOwnerAfter returns the state or body whose side follows at j: "the
// U.S. delegation", "Beijing's team".
func (d *doc) sideOwnerAfter(j, hi int) *entity {
	if d.tok(j).lower == "the" || d.tok(j).lower == "a" {
		j++
	}
	e := d.sideActor(j)
	if e == nil {
		return nil
	}
	sp, _ := d.spanEntity(j)
	k := sp.hi
	if d.tok(k).lower == "'s" {
		k++
	}
	for n := 0; n < 2 && k < hi && d.spanAt[k] == 0 && d.toks[k].kind == tokWord && !d.toks[k].cap && !oneSide[d.toks[k].lower]; n++ {
		k++
	}
	if k < hi && oneSide[d.toks[k].lower] {
		return e
	}
	return nil
}

// sideActor returns the state or body named at k, if any.
func (d *doc) sideActor(k int) *entity {
	if _, e := d.actorAt(k); e != nil && (e.typ == graph.Country || e.typ == graph.Organization) {
		return e
	}
	return nil
}

// personsAfter returns the people named from j over their titles, joined
// by "and": "by Secretary of State X and special envoy Y".
func (d *doc) personsAfter(j, hi int) []*entity {
	var out []*entity
	for len(out) < 3 {
		p := d.personAfter(j, hi)
		if p == nil {
			break
		}
		out = append(out, p)
		k := j
		for k < hi && !(d.spanAt[k] != 0 && d.spans[d.spanAt[k]-1].ent == p) {
			k++
		}
		for k < hi && d.spanAt[k] != 0 && d.spans[d.spanAt[k]-1].ent == p {
			k++
		}
		if d.tok(k).lower != "and" {
			break
		}
		j = k + 1
	}
	return out
}
