package extract

import (
	"slices"

	"github.com/geokg/geokg/graph"
)

// holderTails end the name of a place that holds villages without being an
// administrative unit: "the Arvan countryside", "Tolo island".
var holderTails = setOf("countryside", "island", "islands")

// heldBy returns the place a wider place at sp is named to locate: "near
// Tessit in Gao province", "off Kachchativu Island in the Northern
// Province", "near Tessit in the eastern province of Gao", "the village of
// Kefra in the Arvan countryside", "Mese village on Tolo island". News
// gives the holder to say where the town lies, not as a second place
// where the event happened.
func (d *doc) heldBy(sp *span) *entity {
	if sp.ent == nil || sp.ent.typ != graph.Location {
		return nil
	}
	j := d.prevWordAt(sp.lo)
	switch {
	case d.unitNamedBefore(sp, wideUnits):
		j = d.prevWordAt(sp.lo - 2) // "in the eastern province of Gao"
	case !d.widePlace(sp) && !holderTails[d.tok(sp.hi-1).lower] && !holderTails[d.tok(sp.hi).lower] && !wideUnits[d.tok(sp.hi).lower]:
		return nil
	}
	if w := d.tok(j).lower; w != "in" && w != "on" {
		return nil
	}
	j--
	if d.tok(j).text == "," {
		j--
	}
	if townNouns[d.tok(j).lower] || d.tok(j).lower == "village" {
		j-- // "Mese village on Tolo island"
	}
	a, ok := d.spanEntity(j)
	if !ok || a.hi != j+1 || a.ent == nil || a.ent == sp.ent || a.ent.typ != graph.Location {
		return nil
	}
	return a.ent
}

// dropHolders keeps an event's town over the wider place its sentence
// names only to locate the town, as dropStateOfTown does for states.
func (d *doc) dropHolders() {
	type pair struct {
		ev  *event
		ent *entity
	}
	placed := make(map[pair]bool)
	sents := make(map[*event][]int)
	for _, c := range d.claims {
		if c.typ == graph.OccurredIn && c.src.ev != nil && c.dst.ent != nil {
			placed[pair{c.src.ev, c.dst.ent}] = true
			if !slices.Contains(sents[c.src.ev], c.sent) {
				sents[c.src.ev] = append(sents[c.src.ev], c.sent) // one walk a sentence, however many places it gives
			}
		}
	}
	drop := make(map[pair]bool)
	for ev, ss := range sents {
		for _, si := range ss {
			s := d.sents[si]
			for _, sp := range d.walk(s.lo, s.hi) {
				if sp == nil || !placed[pair{ev, sp.ent}] {
					continue
				}
				if t := d.heldBy(sp); t != nil && placed[pair{ev, t}] {
					drop[pair{ev, sp.ent}] = true
				}
			}
		}
	}
	if len(drop) == 0 {
		return
	}
	d.dropClaims(func(c claim) bool {
		return c.typ == graph.OccurredIn && c.src.ev != nil && drop[pair{c.src.ev, c.dst.ent}]
	})
}

// resortNouns name a town by what it is, like unitNouns: "the Red Sea
// resort of Port Ilen".
var resortNouns = setOf("resort", "resorts")

// namesUnitOf tells whether sp only qualifies a town named after it: "the
// Black Sea port of Constanta", "the Baltic Sea oil port of Varnik",
// "the Red Sea resort of Port Ilen". The town is the place.
func (d *doc) namesUnitOf(sp *span) bool {
	j := sp.hi
	for n := 0; n < 2 && d.spanAt[min(j, len(d.toks)-1)] == 0 && d.tok(j).kind == tokWord && !d.tok(j).cap &&
		!(unitNouns[d.tok(j).lower] || resortNouns[d.tok(j).lower]); n++ {
		j++ // "oil", "naval"
	}
	if !(unitNouns[d.tok(j).lower] || resortNouns[d.tok(j).lower]) || d.tok(j+1).lower != "of" {
		return false
	}
	t, ok := d.spanEntity(d.placeStart(j + 2))
	return ok && t.ent != nil && t.ent.typ == graph.Location
}
