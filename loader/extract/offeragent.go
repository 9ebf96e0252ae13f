package extract

import "github.com/geokg/geokg/graph"

// offerNounAt reports whether "offer" or "offers" at k is a noun, not a
// verb: "repeated offers of talks", "the offer from Oslo".
func (d *doc) offerNounAt(k int) bool {
	if w := d.toks[k].lower; w != "offer" && w != "offers" {
		return false
	}
	switch d.tok(k + 1).lower {
	case "of", "from", "by":
		return true
	}
	p := d.tok(k - 1)
	return determiners[p.lower] || p.lower == "'s" || p.kind == tokWord && !p.cap && len(p.lower) > 4 && p.lower[len(p.lower)-2:] == "ed"
}

// offerAgents returns who an offer or proposal noun at n comes from when its
// phrase names them after it: "offers of talks from Seoul", "a proposal by
// Peru and Chile for a truce". "From" must follow the noun or the talks it
// offers, so "a plan for a withdrawal from Lebanon" names no one.
func (d *doc) offerAgents(n int) []*entity {
	_, hi := d.clause(n)
	for j := n + 1; j < hi && j <= n+5; j++ {
		t := d.toks[j]
		if t.lower == "by" || t.lower == "from" {
			if t.lower == "from" && j != n+1 {
				if m := d.evAt[j-1]; m == nil || m.typ != graph.Meeting {
					return nil
				}
			}
			return d.agentList(j+1, hi)
		}
		if t.kind != tokWord || t.cap || d.spanAt[j] != 0 {
			return nil
		}
	}
	return nil
}

// agentList reads the actors named from j on, joined by commas, "and",
// "together with" and "along with": "the United States and Egypt".
func (d *doc) agentList(j, hi int) []*entity {
	var out []*entity
	for j < hi {
		if d.toks[j].lower == "the" {
			j++
		}
		sp, e := d.actorAt(j)
		if e == nil || sp.lo != j {
			break
		}
		out = appendUnique(out, e)
		j = sp.hi
		if w := d.tok(j).lower; (w == "together" || w == "along") && d.tok(j+1).lower == "with" {
			j += 2 // "drafted by Ukraine together with Canada": one more author
			continue
		}
		if w := d.tok(j).lower; w != "and" && w != "," {
			break
		}
		j++
	}
	return out
}

// offerNounClaims reads an offer told by a noun at k whose makers its
// phrase names: they offer the event it puts forward. It reports whether
// the noun was read, so that the clause's subject (who may well reject
// the offer) is not taken for its maker.
func (d *doc) offerNounClaims(k, si int) bool {
	srcs := d.offerAgents(k)
	if len(srcs) == 0 {
		return false
	}
	evs, _ := d.objectsAfter(k)
	if len(evs) == 0 {
		return true
	}
	mod := d.modalityAt(k)
	if mod == graph.Possible {
		mod = graph.Asserted // an offer named as a thing was made, whatever it offers
	}
	for _, src := range srcs {
		if !hasEntity(evs[0].parts, src) && len(evs[0].parts) < maxParticipants {
			evs[0].parts = append(evs[0].parts, src)
		}
		d.addClaim(claim{src: ent(src), dst: evt(evs[0]), typ: graph.Offered, mod: mod, sent: si, conf: 0.5})
	}
	return true
}
