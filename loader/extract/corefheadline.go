package extract

import (
	"sort"

	"github.com/geokg/geokg/graph"
)

// headlineJoins folds an event told only in the headline into the body's
// event of its type: "Trump cuts Evian summit short" over "at a summit in
// Evian-les-Bains, leaders called on Russia" tells one summit. The
// headline names its parties loosely and without a place, so the usual
// test of a shared party or place keeps the two apart; here a party or
// place of the headline that the body's event does not have, another
// attacker or another day keeps them apart instead.
func (d *doc) headlineJoins() {
	if !d.titleLine() {
		return
	}
	d.dropEvents(func(i int, h *event) bool {
		b := d.bodyTwin(h, d.events[i+1:])
		if b != nil {
			d.foldInto(h, b)
		}
		return b != nil
	})
}

// bodyTwin returns the first body event among later that headline event h
// retells, or nil when h is told in the body too or names something of
// its own.
func (d *doc) bodyTwin(h *event, later []*event) *event {
	if h.typ == graph.Statement {
		return nil // "X says ..." over a body of many remarks: no one of them
	}
	for _, m := range h.mentions {
		if m.sent != 0 {
			return nil
		}
	}
	for _, b := range later {
		if b.typ != h.typ || b.mentions[0].sent == 0 {
			continue
		}
		if !d.headlineFits(h, b) {
			return nil // the first body event of the type is another one
		}
		return b
	}
	return nil
}

// headlineFits reports whether body event b can be what headline event h
// names: every party of h is among b's, its place is b's, and neither the
// attacker, the day, the kind nor the measure differs.
func (d *doc) headlineFits(h, b *event) bool {
	m := h.mentions[0]
	if len(h.parts) > 0 && !d.statesCovered(h.parts, b.parts, b.loc) && !(len(b.parts) > 0 && d.allNamedIn(b.parts, 0)) {
		return false // "Poland ... requests NATO consultations": Poland's request, told in the body
	}
	if h.loc != nil && !placedAt(b, h.loc) && !d.standsFor(h.loc, b.parts) && !(b.loc != nil && d.allNamedIn([]*entity{b.loc}, 0)) {
		return false // "hit Syzran refinery in Russia's Samara region": the body's place is the headline's too
	}
	if h.perp != nil && b.perp != nil && !d.samePerp(h.perp, b.perp) && !(h.perp.typ == graph.Country && d.organOf(h.perp, []*entity{b.perp})) {
		return false
	}
	if h.date != nil && b.date != nil && h.date.Precision == graph.Day && b.date.Precision == graph.Day && h.date.Start != b.date.Start {
		return false
	}
	if !d.sameKind(b, m) || d.spanOfTime(m) != d.spanOfTime(b.mentions[0]) {
		return false
	}
	if h.typ == graph.Sanction && sanctionKind(m.noun) != sanctionKind(b.mentions[0].noun) {
		return false
	}
	return h.typ != graph.Attack || h.mutual() == b.mutual()
}

// foldInto moves every mention of h into b, in text order, keeping b's
// type and mood: the body tells how sure the happening is, a headline's
// tense does not, and a meeting only proposed stays only proposed.
func (d *doc) foldInto(h, b *event) {
	all := append(append([]*eventMention{}, h.mentions...), b.mentions...)
	sort.SliceStable(all, func(i, j int) bool {
		return all[i].sent < all[j].sent || all[i].sent == all[j].sent && all[i].lo < all[j].lo
	})
	*b = event{typ: b.typ, mod: b.mod}
	mod := b.mod
	for _, m := range all {
		b.add(d, m)
	}
	b.mod = mod
}

// dropEvents removes every event drop reports from d.events, keeping the
// rest in order. The list is compacted in place behind the loop, so drop
// may still read the events after i.
func (d *doc) dropEvents(drop func(i int, e *event) bool) {
	kept := d.events[:0]
	for i, e := range d.events {
		if !drop(i, e) {
			kept = append(kept, e)
		}
	}
	clear(d.events[len(kept):]) // let the folded events go
	d.events = kept
}

// allNamedIn reports whether sentence si names every entity of es.
func (d *doc) allNamedIn(es []*entity, si int) bool {
	for _, e := range es {
		named := false
		for _, k := range e.spans {
			named = named || int(d.sentOf[d.spans[k].lo]) == si
		}
		if !named {
			return false
		}
	}
	return true
}

// titleLine reports whether the first sentence is the article's title: a
// line of its own that does not end as a sentence does, even inside a
// closing quote ("... all choices remain open.\"" is a lede).
func (d *doc) titleLine() bool {
	if !d.headline(0) && !(len(d.sents) > 1 && d.sents[0].heading) {
		return false
	}
	k := d.sents[0].hi - 1
	for k > d.sents[0].lo && isQuote(d.toks[k].text) {
		k--
	}
	switch d.toks[k].text {
	case ".", "!", "?":
		return false
	}
	return true
}
