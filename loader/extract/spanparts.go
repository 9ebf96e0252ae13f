package extract

import (
	"github.com/geokg/geokg/graph"
)

// demonymBody returns the length of a body's name that a demonym at i
// (n tokens) opens: a capitalised run ending in a body word ("Ethiopian
// Human Rights Commission"), or that a state's name opens when the run
// names a force ("Sri Lanka Navy"); 0 when none follows.
func (d *doc) demonymBody(i, n, hi int, gaz []gazEntry) int {
	if len(gaz) == 0 || i+n >= hi {
		return 0
	}
	demonym := true
	for _, e := range gaz {
		if e.form != formDemonym {
			demonym = false
		}
	}
	if !demonym && (gaz[0].typ != graph.Country || gaz[0].form != formName) {
		return 0
	}
	j := i + n
	if !d.toks[j].cap || d.toks[j].kind != tokWord || !d.toks[j].space {
		return 0
	}
	if g := d.gazAt(j, hi); g > 0 {
		// "Nepali Congress": a body word the gazetteer gives to another
		// state names this state's own body.
		if demonym && orgKeywords[d.toks[j+g-1].lower] && d.otherStatesBody(j, g, gaz[0].code) {
			return g
		}
		return 0
	}
	if r, _ := d.roleAt(j, hi); r > 0 {
		return 0
	}
	m := d.nameRun(j, hi, false)
	if m > 0 && d.toks[j+m-1].lower == "hospital" && (d.toks[i].lower == "the" || d.tok(i-1).lower == "the") {
		return m // "the Kuwaiti Hospital", "the Saudi Maternity Hospital": a donor state names the place
	}
	h := d.bodyHead(j, j+m)
	if m == 0 || h < 0 {
		return 0
	}
	if !demonym && !forceHeads[d.toks[h].lower] && organHeads[d.toks[h].lower] {
		return 0 // "Sri Lanka Navy" is a body; "Iran Foreign Ministry" is read as Iran's ministry
	}
	return m
}

// forceHeads end the name of a state's armed or police force, or of its
// mission abroad.
var forceHeads = setOf("navy", "army", "force", "forces", "guard", "guards", "police", "marines", "gendarmerie", "embassy",
	"consulate")

// organHeads end the name of an organ every state has; after a state's
// bare name ("Iran Foreign Ministry") they are read as that state's organ,
// while other bodies take the state's name as their own ("Uganda
// Communications Commission", "Kenya Revenue Authority").
var organHeads = setOf("ministry", "ministries", "government", "cabinet", "administration", "regime", "parliament",
	"office", "department", "presidency", "senate", "assembly", "congress")

// vesselPrefixes open a ship's name.
var vesselPrefixes = setOf("uss", "hms", "ins", "brp", "hmcs", "hmas", "fs", "ps", "mv", "ss", "rfs")

// bodyHeads are the nouns "the council", "the bloc" refer back with.
var bodyHeads = setOf("council", "commission", "court", "committee", "agency", "alliance", "bloc", "tribunal", "assembly",
	"group", "movement", "militia", "rebels", "militants", "army", "military", "union", "federation", "ministry")

// isUnitOf reports whether the unit word at k opens "X district of Y",
// naming a part of Y after X rather than X's own area.
func (d *doc) isUnitOf(k int) bool {
	return d.tok(k+1).lower == "of"
}

// capitalRef reports whether "the capital" at i refers back to a city:
// not "the capital of X", "the capital, X" or "the capital's".
func (d *doc) capitalRef(i, hi int) bool {
	if i-1 < 0 || d.spanAt[i-1] != 0 {
		return false
	}
	switch d.tok(i + 1).lower {
	case "of", ",", "'s", "city":
		return false
	}
	return true
}

// compoundTail returns the length of "-Word" joined without spaces at j
// when the word names nothing known, 0 otherwise.
func (d *doc) compoundTail(j, hi int) int {
	if j+1 >= hi || d.toks[j].text != "-" || d.toks[j].space || d.toks[j+1].space {
		return 0
	}
	if t := d.toks[j+1]; t.kind == tokWord && t.cap && d.gazAt(j+1, hi) == 0 {
		return 2
	}
	return 0
}

// foreignBodyAfterPlace returns the length of a listed body's name of two
// words or more written right after a place of another state: the place
// and the name together name a body of the place's own, as "West Papua
// National Liberation Army" is no "National Liberation Army" of Colombia.
func (d *doc) foreignBodyAfterPlace(j, hi int, place gazEntry) int {
	if j >= hi || !d.toks[j].cap || !d.toks[j].space || place.country == "" {
		return 0
	}
	es, n := d.lex.gaz.longest(d.toks, j, hi)
	if n < 2 {
		return 0
	}
	for _, e := range es {
		if e.typ != graph.Organization || e.country == "" || e.country == place.country || !caseFits(e, d.toks[j:j+n]) {
			return 0
		}
	}
	return n
}

// placeBody returns the length of the capitalised run after a place (at i,
// n tokens) when place and run together name a body: the run ends with a
// body word, or an apposition after it says what kind of body it is.
func (d *doc) placeBody(i, n, hi int, gaz []gazEntry) int {
	if len(gaz) == 0 || gaz[0].typ != graph.Location || gaz[0].form == formDemonym || i+n >= hi {
		return 0
	}
	j := i + n
	if m := d.foreignBodyAfterPlace(j, hi, gaz[0]); m > 0 {
		return m // "West Papua National Liberation Army" is not Colombia's
	}
	if t := d.toks[j]; !t.cap || t.kind != tokWord || !t.space || d.gazAt(j, hi) > 0 {
		return 0
	}
	if r, _ := d.roleAt(j, hi); r > 0 {
		return 0
	}
	m := d.nameRun(j, hi, false)
	if m == 0 {
		return 0
	}
	if d.bodyHead(j, j+m) >= 0 {
		return m
	}
	if d.tok(j+m).text == "," && (d.tok(j+m+1).lower == "a" || d.tok(j+m+1).lower == "an") {
		for k := j + m + 2; k < hi && k < j+m+7; k++ {
			if orgDescriptors[d.toks[k].lower] || bodyNouns[d.toks[k].lower] {
				return m
			}
		}
	}
	return 0
}

// inCompound reports whether the phrase at i is the second half of a
// hyphenated word whose first half names nothing ("Euro-Atlantic"), unlike
// "US-China" or "Iran-backed".
func (d *doc) inCompound(i int) bool {
	if !d.hyphenGlued(i) {
		return false
	}
	if d.stanceBefore(i) {
		return true // "anti-American policies", "pro-Russian groups": a stance, not the state
	}
	prev := d.toks[i-2]
	known := d.spanAt[i-2] != 0 && d.spans[d.spanAt[i-2]-1].kind != spanName
	return prev.kind == tokWord && prev.cap && !known && !prev.allUpper
}

// stanceBefore reports whether the word at i is glued to a stance prefix,
// "pro-" or "anti-": what follows is what a name is for or against.
func (d *doc) stanceBefore(i int) bool {
	return d.hyphenGlued(i) && (d.toks[i-2].lower == "anti" || d.toks[i-2].lower == "pro")
}

// hyphenGlued reports whether the word at i is glued by a hyphen, written
// without spaces, to the word before it: "pro-Russian", "Kenya-led".
func (d *doc) hyphenGlued(i int) bool {
	return i >= 2 && d.toks[i-1].text == "-" && !d.toks[i-1].space && !d.toks[i].space
}

// modelNumberAt reports whether a number is glued by a hyphen at k to the
// word before: "MQ-9", "S-400", a weapon's model code rather than a name.
func (d *doc) modelNumberAt(k int) bool {
	return d.tok(k).text == "-" && !d.tok(k).space && d.tok(k+1).kind == tokNumber && !d.tok(k+1).space
}

// regionBrief reports whether the region at i (entries gaz) follows a
// title and "for": "the special envoy for the Sahel" names the envoy's
// brief, as "Middle East envoy" does, not a place of the story.
func (d *doc) regionBrief(i int, gaz []gazEntry) bool {
	if len(gaz) == 0 || gaz[0].typ != graph.Location || gaz[0].country != "" || gaz[0].form != formName {
		return false
	}
	k := d.beforeThe(i - 1)
	if d.tok(k).lower != "for" || k < 1 || d.spanAt[k-1] == 0 {
		return false
	}
	return d.spans[d.spanAt[k-1]-1].kind == spanRole
}

// otherStatesBody reports whether the gazetteer's bodies for tokens [j,
// j+n) all belong to a state other than code.
func (d *doc) otherStatesBody(j, n int, code string) bool {
	es := d.fittingGaz(j, n)
	if len(es) == 0 {
		return false
	}
	for _, e := range es {
		if e.typ != graph.Organization || e.country == "" || e.country == code {
			return false
		}
	}
	return true
}

// partyBranch returns the length of a bracketed qualifier at j that is part
// of a party's name begun at i: "Communist Party of Nepal (Maoist Centre)".
// Capitals alone in brackets are an acronym, not part of the name; 0 then.
func (d *doc) partyBranch(i, j, hi int) int {
	party := false
	for k := i; k < j; k++ {
		if d.toks[k].lower == "party" {
			party = true
		}
	}
	if !party {
		return 0
	}
	for k := j + 1; k < hi && k < j+6; k++ {
		t := d.toks[k]
		switch {
		case t.text == ")":
			if k == j+1 {
				return 0
			}
			return k + 1 - j
		case t.kind == tokWord && t.cap && !t.allUpper, t.text == "-" && !t.space:
			continue
		}
		return 0
	}
	return 0
}

// andBodyName reports whether "and" at j joins two words of one body's name
// that a keyword closes: "Peace and Security Council", "Justice and
// Development Party". Both sides must be single unknown words of the run,
// so that a list of two names ("Hamas and Islamic Jihad") stays apart.
func (d *doc) andBodyName(i, j, hi int) bool {
	if j-i > 2 || d.hasOf(i, j) {
		return false
	}
	for k := i; k < j; k++ {
		if d.gazAt(k, hi) > 0 || d.toks[k].allUpper {
			return false
		}
	}
	for k := j + 1; k < hi && k <= j+3; k++ {
		t := d.toks[k]
		if t.kind != tokWord || !t.cap || t.allUpper || d.gazAt(k, hi) > 0 {
			return false
		}
		if orgKeywords[t.lower] {
			return k > j+1 && !d.tok(k+1).cap
		}
	}
	return false
}
