package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// bindAcronyms reads "National Security Council (NSC)": the capitals in
// brackets abbreviate the body or place named just before, here and in
// every later mention.
func (d *doc) bindAcronyms() {
	d.releaseListedAcronyms()
	var defs map[string]int
	for i := range d.spans {
		sp := &d.spans[i]
		if sp.kind != spanName || !d.isAcronym(sp) {
			continue
		}
		key := d.toks[sp.lo].text
		if d.tok(sp.lo-1).text == "(" && d.tok(sp.hi).text == ")" {
			if o, ok := d.spanEntity(sp.lo - 2); ok && o.hi == sp.lo-1 {
				if typ := namedType(o); typ == graph.Organization || typ == graph.Location {
					if defs == nil {
						defs = make(map[string]int)
					}
					defs[key] = int(d.spanAt[sp.lo-2])
				}
			}
		}
		if at, ok := defs[key]; ok {
			o := &d.spans[at-1]
			sp.acronymOf = at
			sp.typ = namedType(o)
		}
	}
}

// namedType is the type of what a span names: a listed name's own, else
// the one the span was given.
func namedType(o *span) graph.EntityType {
	if o.kind == spanGaz && len(o.gaz) > 0 {
		return o.gaz[0].typ
	}
	return o.typ
}

// releaseListedAcronyms unlists an acronym the article defines for a body
// of its own: in "National Alliance for Change (ANC)" the letters abbreviate
// the name before them, not the listed party they also spell, in every
// mention.
func (d *doc) releaseListedAcronyms() {
	for i := range d.spans {
		sp := &d.spans[i]
		if sp.kind != spanGaz || sp.hi-sp.lo != 1 || !d.toks[sp.lo].allUpper || d.tok(sp.lo-1).text != "(" || d.tok(sp.hi).text != ")" {
			continue
		}
		o, ok := d.spanEntity(sp.lo - 2)
		if !ok || o.hi != sp.lo-1 || o.kind != spanName || len(o.toks) < 2 || o.typ == graph.Person ||
			!initialsFit(d.toks[sp.lo].text, o.toks) && !d.spelledByAcronym(o.lo, o.hi, len(d.toks)) {
			continue
		}
		key := d.toks[sp.lo].text
		for j := range d.spans {
			if t := &d.spans[j]; t.kind == spanGaz && t.hi-t.lo == 1 && d.toks[t.lo].text == key {
				t.kind, t.gaz, t.name, t.toks = spanName, nil, key, []string{d.toks[t.lo].lower}
			}
		}
	}
}

// initialsFit reports whether every letter of an acronym is the initial of
// its own word of the name, in any order, since a body may be abbreviated
// from its name in another language: "National Alliance for Change (ANC)".
func initialsFit(acr string, words []string) bool {
	used := make([]bool, len(words))
	for _, c := range []byte(strings.ToLower(acr)) {
		found := false
		for k, w := range words {
			if !used[k] && w != "" && w[0] == c {
				used[k], found = true, true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// isAcronym reports whether a run is one unknown all-capital word of two to
// six letters that is not an English word written in capitals.
func (d *doc) isAcronym(sp *span) bool {
	if sp.hi-sp.lo != 1 || len(sp.toks) != 1 {
		return false
	}
	t := d.toks[sp.lo]
	n := len([]rune(t.text))
	if !t.allUpper || n < 2 || n > 6 || d.lex.words[t.lower] || thingAcronyms[t.lower] || treatyAcronyms[t.lower] || d.sents[sp.sent].heading || strings.ContainsAny(t.text, "0123456789") {
		return false
	}
	// "the CDS of India": a title, not a body.
	return d.tok(sp.hi).lower != "of" && d.tok(sp.lo-1).lower != "or"
}

// thingAcronyms abbreviate things, measures and titles rather than bodies.
var thingAcronyms = setOf("gdp", "gnp", "lng", "lpg", "icbm", "icbms", "irbm", "srbm", "slbm", "uav", "uavs",
	"ied", "ieds", "rpg", "ai", "agi", "ceo", "cfo", "coo", "mp", "mps", "pm", "ngo", "ngos", "pow", "pows",
	"idp", "idps", "hiv", "aids", "covid", "sars", "gmt", "utc", "est", "edt", "cet", "bst", "ist", "pst", "vat",
	"ipo", "etf", "api", "cpu", "gpu", "usd", "eur", "gbp", "jpy", "cny", "rmb", "bbl", "dna", "lgbt", "lgbtq",
	"vip", "sms", "gps", "fdi", "wmd", "wmds", "suv", "tv", "pr", "ok", "faq", "hq", "id", "it", "ip", "dmz",
	"atgm", "manpads", "sam", "sams", "apc", "apcs", "mlrs", "himars", "atacms", "f-16", "mig", "su", "jdam",
	"nato-led", "pdf", "url", "ftp", "http", "www", "am", "pm.", "a.m", "p.m", "ad", "bc", "ce", "bce",
	"ussr", "wwii", "ww2", "un-led", "ev", "evs", "ict", "r&d", "kg", "km", "mw", "gw", "kw", "mph", "psi")

// describedAsBody reports whether an apposition at k calls what precedes
// a body: "a Geneva-based charity", "an opposition movement".
func (d *doc) describedAsBody(k int) bool {
	if w := d.tok(k).lower; w != "a" && w != "an" && w != "the" {
		return false
	}
	for j := k + 1; j < k+6 && j < len(d.toks); j++ {
		t := d.toks[j]
		if orgDescriptors[t.lower] && !t.cap {
			// "the bloc's current chairman": the body owns the head that follows.
			return d.tok(j+1).text != "'s" && d.tok(j+1).text != "'"
		}
		if t.kind != tokWord && t.text != "-" || t.cap && d.spanAt[j] == 0 || prepositions[t.lower] ||
			d.spanAt[j] != 0 && d.spans[d.spanAt[j]-1].kind == spanRole {
			return false // "a spokesman for the party": a person
		}
	}
	return false
}
