package extract

import "strings"

// unitOfAt returns where the place begins in "spa town of X", "port city of
// X", "city of X" read from j, or -1: a unit noun with up to two plain
// words before it, then "of". A word telling who holds the place ("the
// Russian occupied city of X") stops the reading, for the state named
// before is then not the one the place lies in.
func (d *doc) unitOfAt(j int) int {
	for n := 0; n < 3; n++ {
		t := d.tok(j + n)
		if t.kind != tokWord || t.cap || d.spanAt[min(j+n, len(d.toks)-1)] != 0 {
			return -1
		}
		if placeUnits[t.lower] && d.tok(j+n+1).lower == "of" {
			return j + n + 2
		}
		if strings.HasSuffix(t.lower, "ed") || t.lower == "held" || t.lower == "run" {
			return -1
		}
	}
	return -1
}

// unitClosed reports whether the place's name ends in its unit noun
// ("Kemmet region"): the word after it then begins the clause, not an
// event the place would qualify ("Ukraine's Kursk incursion"), so
// "Indonesia's Kemmet region shot dead" still puts the region in the state.
func (d *doc) unitClosed(sp *span) bool {
	t := d.tok(sp.hi - 1)
	return sp.hi-sp.lo > 1 && !t.cap && (placeUnits[t.lower] || stemUnits[t.lower])
}

// crossBorderIn reports whether a is a zone spanning states and b a place
// the gazetteer does not know: "the Line of Control in the X valley" tells
// where along the line, not a zone inside a valley.
func (d *doc) crossBorderIn(a, b *span) bool {
	return a.kind == spanGaz && len(a.gaz) > 0 && a.gaz[0].country == "" && wideKinds[a.gaz[0].kind] && b.kind != spanGaz
}
