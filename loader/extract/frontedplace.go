package extract

import "github.com/geokg/geokg/graph"

// frontedPlaces reads a sentence opened by the place it reports from: "In
// the Saratov region, debris hit a house in the city of Engels", "In Velmora,
// a shell hit a shelter in the Dorvel quarter". Wire copy fronts the
// wider place and then names a smaller one inside it.
//
// A town opening the sentence holds only what the text calls a part of a
// town ("the X area", "the X quarter"): other places after it are as often
// where its officials speak of. A region also holds towns set after "in",
// "near" or "the city of", but not a state's capital, which officials in a
// region speak of far more often than they stand in it.
func (d *doc) frontedPlaces() {
	for si, s := range d.sents {
		if s.heading || d.tok(s.lo).text != "In" {
			continue
		}
		j := d.placeStart(s.lo + 1)
		a, ok := d.spanEntity(j)
		if !ok || a.lo != j || a.ent == nil || a.ent.typ != graph.Location || a.kind == spanRole || d.tok(a.hi).text != "," {
			continue
		}
		wide := d.widePlace(a)
		for k, b := range d.walk(a.hi+1, s.hi) {
			if frontedBreaks[d.tok(k).lower] {
				break // "while in Kharkiv, ...": another place takes over
			}
			if b == nil || b.lo != k || b.ent == nil || b.ent.typ != graph.Location || b.ent == a.ent || b.kind == spanRole {
				continue
			}
			if a.ent.country != "" && b.ent.country != "" && a.ent.country != b.ent.country {
				continue
			}
			if !d.townPart(b) && !(wide && d.townInside(b)) {
				continue
			}
			d.addClaim(claim{src: ent(b.ent), dst: ent(a.ent), typ: graph.LocatedIn, mod: graph.Asserted, sent: si, conf: 0.55})
		}
	}
}

// frontedBreaks end the stretch of a sentence its opening place governs.
var frontedBreaks = setOf(";", "while", "whereas", "meanwhile")

// townPart tells whether sp is told as a part of a town: its name ends in
// a quarter's unit or one follows it ("the al-Mawasi area", "the European
// quarter").
func (d *doc) townPart(sp *span) bool {
	part := func(w string) bool { return quarterUnits[w] || w == "area" || w == "camp" }
	return part(d.tok(sp.hi-1).lower) || part(d.tok(sp.hi).lower) && d.tok(sp.hi+1).lower != "of"
}

// townInside tells whether sp names a town set where something happened:
// after "in", "near" or "the city of", and not a state's capital.
func (d *doc) townInside(sp *span) bool {
	if d.widePlace(sp) || isCapitalSpan(sp) {
		return false
	}
	if d.unitNamedBefore(sp, settlementUnits) {
		return true
	}
	switch d.tok(d.prevWordAt(sp.lo)).lower {
	case "in", "near", "into", "outside":
		return true
	}
	return false
}
