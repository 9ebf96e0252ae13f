package extract

import "github.com/geokg/geokg/graph"

// listedPlaces returns the other places a list holding the mention's own
// place names beside it: "power cuts in the Lviv, Volyn and Rivne
// regions", "police sealed offices in Arlon, Namur and Liege". The event
// happened in each of them. A list must close with "and" (or "or"): "in
// Goma, North Kivu" places a town in its province and names one place.
func (d *doc) listedPlaces(m *eventMention) []*entity {
	if m.loc == nil || m.loc.typ != graph.Location {
		return nil
	}
	s := d.sents[m.sent]
	var at *span
	for _, sp := range d.walk(s.lo, s.hi) {
		if sp != nil && sp.ent == m.loc && (at == nil || spanGap(sp, m) < spanGap(at, m)) {
			at = sp
		}
	}
	if at == nil {
		return nil
	}
	// Walk to the list's first member, then read it to its end.
	first := at
	for {
		p := d.listMemberBefore(first, s.lo)
		if p == nil {
			break
		}
		first = p
	}
	if d.prevWord(first.lo) == "from" {
		return nil // "withdraw from A and B": left, not where it happened
	}
	var out []*entity
	closed := false
	for sp := first; sp != nil; {
		if sp.ent != m.loc {
			out = append(out, sp.ent)
		}
		next, and := d.listMemberAfter(sp, s.hi)
		if next == nil {
			break
		}
		closed = closed || and
		sp = next
	}
	if !closed {
		return nil
	}
	return out
}

// spanGap is how far span sp lies from mention m's trigger.
func spanGap(sp *span, m *eventMention) int {
	if sp.lo >= m.hi {
		return sp.lo - m.hi
	}
	return max(m.lo-sp.hi, 0)
}

// listMemberAfter returns the place a list sets after sp ("A, B", "A and
// B", "A, and the port of B") and whether "and" or "or" joined them.
func (d *doc) listMemberAfter(sp *span, hi int) (*span, bool) {
	k, and := sp.hi, false
	for ; k < hi; k++ {
		w := d.toks[k].lower
		if w == "and" || w == "or" {
			and = true
		} else if w != "," && !(w == "in" && d.tok(k-1).lower == "and") {
			break // "in A and in B" repeats the preposition
		}
	}
	if k == sp.hi {
		return nil, false
	}
	k = d.placeNounAt(k, hi)
	n, ok := d.spanEntity(k)
	if !ok || n.lo != k || n.ent == nil || n.ent.typ != graph.Location || n.country {
		return nil, false
	}
	if and && (d.tok(n.hi).lower == "'s" || speechVerbs[d.tok(n.hi).lower]) {
		return nil, false // "in Lviv and Kyiv's mayor said": another clause's subject
	}
	return n, and
}

// listMemberBefore returns the place a list sets just before sp, joined
// by a comma ("A, B and C" read from B).
func (d *doc) listMemberBefore(sp *span, lo int) *span {
	k := sp.lo - 1
	if k <= lo || d.toks[k].text != "," {
		return nil
	}
	p := d.spanBefore(k)
	if p == nil || p.hi != k || p.lo < lo || p.ent == nil || p.ent.typ != graph.Location || p.country || p.ent == sp.ent {
		return nil
	}
	return p
}

// placeNounAt steps over the words that open a listed place without
// naming it: "the", a bearing, and a unit with "of" ("the neighbouring
// port of Callao").
func (d *doc) placeNounAt(k, hi int) int {
	k = d.pastThe(k)
	for k < hi && regionAdjectives[d.toks[k].lower] && d.spanAt[k] == 0 {
		k++
	}
	if (unitNouns[d.tok(k).lower] || unitPlurals[d.tok(k).lower]) && d.tok(k+1).lower == "of" && d.spanAt[k] == 0 {
		k += 2
	}
	return k
}
