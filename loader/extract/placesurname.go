package extract

import "github.com/geokg/geokg/graph"

// givenPlaceSurname reports whether the one-word city or region name at j is
// the surname of a person whose known given name stands just before it
// ("Ricardo Lagos said", "Maria Mendoza"): many surnames are also the names
// of towns, and a given name never opens a place's one-word name.
func (d *doc) givenPlaceSurname(j int) bool {
	prev := d.toks[j-1]
	if !d.lex.given[prev.lower] || prev.allUpper || d.lex.words[prev.lower] {
		return false
	}
	fit := d.fittingGaz(j, 1)
	if len(fit) == 0 {
		return false
	}
	for _, e := range fit {
		if e.typ != graph.Location || e.form != formName || e.kind != "city" && e.kind != "region" {
			return false
		}
	}
	return true
}
