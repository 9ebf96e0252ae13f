package extract

import "github.com/geokg/geokg/graph"

// accuserOf returns who made the accusation that src, at the stance verb k,
// turns down with a definite charge noun: "X accused Ankara of ... . The
// Turkish foreign ministry rejected the accusation" rejects X. The accuser
// is the source of the latest criticism, in the sentence or the two before,
// aimed at src or at the state src speaks for; nil when none was told, so
// that "rejected the claims" of a report keeps its event.
func (d *doc) accuserOf(k int, src *entity) *entity {
	if w := d.tok(k + 1).lower; w != "the" && w != "that" && w != "this" && w != "these" && w != "those" && w != "any" && w != "such" {
		return nil // "rejected claims that ...": the clause names what is rejected
	}
	if _, j := d.objectNoun(k, accusationNouns); j < 0 || d.tok(j+1).lower == "that" || d.tok(j+1).lower == "of" || d.tok(j+1).lower == "by" {
		return nil // "the claim that ...", "the accusation by Y": the phrase tells its own
	}
	state := d.speakingState(src)
	c := d.latestClaim(int(d.sentOf[k]), 2, func(c *claim) bool {
		if c.typ != graph.Criticized || c.src.ent == nil || c.dst.ent == nil || c.src.ent == src {
			return false
		}
		t := c.dst.ent
		return t == src || state != nil && t == state
	})
	if c == nil {
		return nil
	}
	return c.src.ent
}

// latestClaim returns the latest claim told in sentence si or the back
// sentences before it that keep accepts, or nil.
func (d *doc) latestClaim(si, back int, keep func(*claim) bool) *claim {
	for i := len(d.claims) - 1; i >= 0; i-- {
		if c := &d.claims[i]; c.sent >= si-back && c.sent <= si && keep(c) {
			return c
		}
	}
	return nil
}

// speakingState returns the state an actor speaks for: a state itself, the
// one in a person's title, or the one a state body is named after ("the
// Turkish Foreign Ministry", "India's Ministry of External Affairs") or
// named right before it ("the Russian foreign ministry").
func (d *doc) speakingState(e *entity) *entity {
	if e.typ != graph.Organization {
		return d.actorState(e)
	}
	if s := d.bodyState(e); s != nil {
		return s
	}
	for _, si := range e.spans {
		sp := d.spans[si]
		if d.tok(sp.lo-1).lower == "'s" {
			if c := d.spanBefore(sp.lo - 1); c != nil && c.ent != nil && c.ent.typ == graph.Country {
				return c.ent
			}
		}
		for _, g := range d.fittingGaz(sp.lo, 1) {
			if g.typ == graph.Country && g.form == formDemonym {
				return d.countryByCode(g.code)
			}
		}
	}
	for _, si := range e.spans {
		if b := d.spanBefore(d.spans[si].lo); b != nil && b.hi == d.spans[si].lo && b.ent != nil && b.ent.typ == graph.Country {
			return b.ent // "the Russian foreign ministry"
		}
	}
	return nil
}

// toldIn reports whether sentence si mentions e: a statement the rejection's
// own sentence tells ("rejected the accusation in a statement") is how the
// rejection was made, not what it rejects.
func (d *doc) toldIn(e *event, si int) bool {
	for i := d.evStart[si]; i < d.evStart[si+1]; i++ {
		if d.evs[i].ev == e {
			return true
		}
	}
	return false
}
