package extract

import "github.com/geokg/geokg/graph"

// foreignNamesake returns how many tokens after a known body's name at
// i..i+n carry it on as "of <country>" when that country is not the body's
// own: "Democratic Party of Ivory Coast" or "Labour Party of Malta" is a
// party of its own, not the US or British one the gazetteer lists under the
// shorter name. 0 when the name stops where the gazetteer's does.
func (d *doc) foreignNamesake(i, n, hi int, gaz []gazEntry) int {
	if len(gaz) == 0 || gaz[0].typ != graph.Organization || gaz[0].country == "" {
		return 0
	}
	if of := d.tok(i + n); of.lower != "of" || of.cap || !orgKeywords[d.toks[i+n-1].lower] {
		return 0
	}
	m := d.gazAt(i+n+1, hi)
	if m == 0 {
		return 0
	}
	state := d.fittingGaz(i+n+1, m)
	if len(state) == 0 || state[0].typ != graph.Country || state[0].form != formName || state[0].code == gaz[0].country {
		return 0
	}
	return 1 + m
}
