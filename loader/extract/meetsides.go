package extract

import (
	"slices"

	"github.com/geokg/geokg/graph"
)

// entPair is an unordered pair of entities.
type entPair [2]*entity

func pairOf(a, b *entity) entPair {
	if a.id > b.id {
		a, b = b, a
	}
	return entPair{a, b}
}

// meetingSides settles who met whom once every title and delegation has
// been read. One never meets the state or body one leads or belongs to:
// "Turkish President Erdogan hosted ..." is no meeting of Türkiye with
// Erdogan. Who heads a side at talks meets for that side: "a Hamas
// delegation led by X held talks with Egyptian mediators" tells Hamas met
// Egypt, and X took part.
func (d *doc) meetingSides() {
	if !slices.ContainsFunc(d.claims, func(c claim) bool { return c.typ == graph.MetWith }) {
		return
	}
	owns, members := d.belonging()
	heads := make(map[*entity]claim) // delegation head → the claim naming his side
	for _, c := range members {
		if c.role == "head of delegation" && c.src.ent.typ == graph.Person {
			if _, dup := heads[c.src.ent]; !dup {
				heads[c.src.ent] = c
			}
		}
	}
	if len(owns) == 0 {
		return
	}
	for i := range d.claims {
		c := &d.claims[i]
		if c.typ == graph.MetWith && c.src.ent != nil && c.dst.ent != nil {
			c.src.ent = d.sideOfHead(heads, c.src.ent, c.dst.ent, c.sent, owns)
			c.dst.ent = d.sideOfHead(heads, c.dst.ent, c.src.ent, c.sent, owns)
		}
	}
	// A side is never nil (belonging joins two entities), so the claims
	// checked here are the ones just resolved.
	d.dropClaims(func(c claim) bool {
		return c.typ == graph.MetWith && c.src.ent != nil && c.dst.ent != nil &&
			(c.src.ent == c.dst.ent || owns[pairOf(c.src.ent, c.dst.ent)])
	})
	d.dropStandIns(owns)
}

// belonging returns the Leads and AffiliatedWith claims between two
// entities, and the unordered pairs they join: who leads or belongs to
// whom.
func (d *doc) belonging() (map[entPair]bool, []claim) {
	owns := make(map[entPair]bool)
	var members []claim
	for _, c := range d.claims {
		if c.typ != graph.Leads && c.typ != graph.AffiliatedWith || c.src.ent == nil || c.dst.ent == nil {
			continue
		}
		owns[pairOf(c.src.ent, c.dst.ent)] = true
		members = append(members, c)
	}
	return owns, members
}

// dropStandIns drops a state or body said to meet someone its own leader
// or member meets in the same sentence: in "Syria's president held talks
// with Erdogan", Syria met no one apart from its president.
func (d *doc) dropStandIns(owns map[entPair]bool) {
	met := make(map[entPair][]int) // pair → sentences it is told in
	for _, c := range d.claims {
		if c.typ == graph.MetWith && c.src.ent != nil && c.dst.ent != nil {
			k := pairOf(c.src.ent, c.dst.ent)
			met[k] = append(met[k], c.sent)
		}
	}
	standsIn := func(x, y *entity, si int) bool {
		if x.typ == graph.Person || y.typ != graph.Person {
			return false
		}
		for k, sents := range met {
			p := k[0]
			if p == y {
				p = k[1]
			} else if k[1] != y {
				continue
			}
			if p.typ == graph.Person && owns[pairOf(p, x)] && slices.Contains(sents, si) {
				return true
			}
		}
		return false
	}
	d.dropMetWith(standsIn)
}

// dropMetWith removes the MET_WITH claims whose one end, by covered,
// only stands for or beside the other in the claim's sentence.
func (d *doc) dropMetWith(covered func(x, p *entity, si int) bool) {
	d.dropClaims(func(c claim) bool {
		return c.typ == graph.MetWith && c.src.ent != nil && c.dst.ent != nil &&
			(covered(c.src.ent, c.dst.ent, c.sent) || covered(c.dst.ent, c.src.ent, c.sent))
	})
}

// sideOfHead returns the side a delegation head p meets other for, p
// itself when he heads none near sentence si or when the side is other's
// own.
func (d *doc) sideOfHead(heads map[*entity]claim, p, other *entity, si int, owns map[entPair]bool) *entity {
	h, ok := heads[p]
	if !ok || h.sent > si || si-h.sent > 3 {
		return p
	}
	side := h.dst.ent
	if side == other || owns[pairOf(side, other)] {
		return p
	}
	return side
}
