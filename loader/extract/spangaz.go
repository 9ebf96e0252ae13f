package extract

import "github.com/geokg/geokg/graph"

// gazAt returns the length of the gazetteer phrase at i, 0 when none fits.
func (d *doc) gazAt(i, hi int) int {
	es, n := d.lex.gaz.longest(d.toks, i, hi)
	for n > 0 {
		for _, e := range es {
			if caseFits(e, d.toks[i:i+n]) {
				return n
			}
		}
		// The longest phrase does not fit its capitals; try shorter ones.
		es, n = d.lex.gaz.longest(d.toks, i, i+n-1)
	}
	return 0
}

// surnameGaz reports whether the one-word body name at j ends a person's
// name begun before it: the word before is a capitalised word that is no
// English word and no known name, and nothing capitalised follows.
func (d *doc) surnameGaz(j, hi int) bool {
	if d.gazAt(j, hi) != 1 || d.toks[j].allUpper || d.tok(j+1).cap {
		return false
	}
	prev := d.toks[j-1]
	if prev.kind != tokWord || !prev.cap || d.lex.words[prev.lower] || d.gazAt(j-1, hi) > 0 {
		return false
	}
	if d.titledGiven(j - 1) {
		return true // "Prime Minister Luis Montenegro": a titled given name owns the surname after it
	}
	if d.titledPlaceSurname(j) {
		return true // "Interior Minister Nelia Cordoba": a titled name owns the town's name after it
	}
	if d.givenPlaceSurname(j) {
		return true // "Ricardo Lagos said": a given name owns the town's name after it
	}
	for _, e := range d.fittingGaz(j, 1) {
		if e.typ != graph.Organization || e.form != formName {
			return false
		}
	}
	return true
}

// titledGiven reports whether the token at k is a known given name right
// after a title ("Prime Minister Luis"): the one-word place after it is the
// person's surname, not a place.
func (d *doc) titledGiven(k int) bool {
	if k < 1 || !d.lex.given[d.toks[k].lower] {
		return false
	}
	for lo := k - 1; lo >= 0 && lo >= k-3; lo-- {
		if !d.toks[lo].cap {
			break
		}
		if _, n := d.lex.roles.longest(d.toks, lo, k); n == k-lo {
			return true
		}
	}
	return false
}

// middleNameGaz reports whether the one-word place or body name at j sits
// inside a person's name: unknown capitalised words that are no English
// words stand on both sides of it.
func (d *doc) middleNameGaz(j, hi int) bool {
	if j+1 >= hi || d.gazAt(j, hi) != 1 || d.toks[j].allUpper {
		return false
	}
	for _, k := range []int{j - 1, j + 1} {
		t := d.toks[k]
		if t.kind != tokWord || !t.cap || t.allUpper || d.lex.words[t.lower] || d.gazAt(k, hi) > 0 || d.roleStarts(k, hi) {
			return false
		}
	}
	return !d.tok(j + 2).cap
}

// titledNameAt reports whether the one-word place name at i opens a
// person's two-word name right after a title: an unknown capitalised word
// follows it, and nothing capitalised after that.
func (d *doc) titledNameAt(i, n, hi int, gaz []gazEntry) bool {
	if n != 1 || i+1 >= hi || len(gaz) == 0 || d.toks[i].allUpper {
		return false
	}
	// A capital that is also a given name ("President Santiago ...") may
	// open a person's name too; other capitals after a title are a brief.
	if gaz[0].form != formName && (gaz[0].form != formCapital || !d.lex.given[d.toks[i].lower]) {
		return false
	}
	k := len(d.spans) - 1
	if k < 0 || d.spans[k].kind != spanRole || d.spans[k].hi != i {
		return false
	}
	t := d.toks[i+1]
	if t.kind != tokWord || !t.cap || t.allUpper || d.lex.words[t.lower] || d.gazAt(i+1, hi) > 0 || d.roleStarts(i+1, hi) {
		return false
	}
	return !d.tok(i + 2).cap
}

// unitTitles are capitalised words naming an administrative unit after its
// name: "Borno State", "Xinjiang Uygur Autonomous Region".
var unitTitles = setOf("state", "province", "region", "oblast", "governorate", "prefecture", "county", "district",
	"autonomous", "municipality", "territory")

// unitTitle returns how many capitalised unit words start at j, 0 when the
// run does not end in a unit noun.
func (d *doc) unitTitle(j, hi int) int {
	m := 0
	// "Xinjiang Uygur Autonomous Region": a people's name may come first.
	for m < 2 && j+m < hi && d.toks[j+m].cap && d.toks[j+m].kind == tokWord && !unitTitles[d.toks[j+m].lower] &&
		!d.lex.words[d.toks[j+m].lower] && d.gazAt(j+m, hi) == 0 && !d.roleStarts(j+m, hi) {
		m++
	}
	named := m
	for j+m < hi && m < named+3 && d.toks[j+m].cap && !d.toks[j+m].allUpper && unitTitles[d.toks[j+m].lower] {
		m++
	}
	if m == named || d.toks[j+m-1].lower == "autonomous" {
		return 0
	}
	if d.tok(j+m).lower == "of" || d.tok(j+m).cap {
		return 0 // "Kherson Region Governor", "Region of ..."
	}
	return m
}

func (d *doc) fittingGaz(i, n int) []gazEntry {
	es, _ := d.lex.gaz.longest(d.toks, i, i+n)
	var out []gazEntry
	for _, e := range es {
		if caseFits(e, d.toks[i:i+n]) {
			out = append(out, e)
		}
	}
	return out
}
