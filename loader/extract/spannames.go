package extract

import "github.com/geokg/geokg/graph"

// namedBodyWord reports whether the title word at j belongs to a body's
// name instead: "Party" after a capitalised word ("Socialist Party
// leader", "Communist Party member") and "General Staff", a command, not a
// general called Staff.
func (d *doc) namedBodyWord(j int) bool {
	t := d.toks[j]
	if !t.cap {
		return false
	}
	switch t.lower {
	case "party":
		if d.tok(j-1).text == "'s" {
			return d.capWordBefore(j, j-2) // "People's Party"
		}
		return d.capWordBefore(j, j-1)
	case "general":
		return d.tok(j+1).lower == "staff" && d.tok(j+1).cap
	case "police":
		// "National Police spokesman": a capitalised word before makes the
		// force a body's name, where "police spokesman" is a title.
		return d.capWordBefore(j, j-1)
	}
	return false
}

// capWordBefore tells whether token p, before the title word at j in its
// sentence, is a capitalised word that makes the title part of a name.
func (d *doc) capWordBefore(j, p int) bool {
	prev := d.tok(p)
	return j > 0 && prev.kind == tokWord && prev.cap && d.sentOf[j-1] == d.sentOf[j]
}

// nameQualifiers open a longer name of a body the gazetteer knows:
// "Supreme National Security Council", "Federal Electoral Commission".
var nameQualifiers = setOf("supreme", "higher", "federal", "joint", "transitional", "provisional")

// qualifiedGazBody reports whether the capitalised qualifier at i opens
// the name of a body with the gazetteer's body name after it, which then
// is only part of the longer name.
func (d *doc) qualifiedGazBody(i, hi int) bool {
	if !d.toks[i].cap || !nameQualifiers[d.toks[i].lower] || d.spanAt[i] != 0 {
		return false
	}
	n := d.gazAt(i+1, hi)
	if n == 0 || !orgKeywords[d.toks[i+n].lower] {
		return false
	}
	gaz := d.fittingGaz(i+1, n)
	return len(gaz) > 0 && gaz[0].typ == graph.Organization
}

// placeParticles join the parts of a place's name between hyphens:
// "Stratford-upon-Avon", "Boulogne-sur-Mer", "Châlons-en-Champagne".
var placeParticles = setOf("upon", "on", "sur", "en", "les", "le", "la", "de", "du", "des", "am", "im", "an", "der")

// nameSyllables are romanised syllables of East Asian given names that are
// also English words: after a hyphen they end a name, "Kim Sung-ho", "Pak
// Thae-song", where "Hamas-run" or "Iran-backed" only qualify.
var nameSyllables = setOf("song", "ho", "in", "sun", "man", "won", "young", "gun", "bin", "hang", "dong", "chin", "ha", "mi", "so", "hung", "sang", "chang", "bong")

// hyphenCapAt reports whether a hyphen written without spaces and a
// capitalised word follow at j: the rest of a hyphenated name.
func (d *doc) hyphenCapAt(j, hi int) bool {
	return j+1 < hi && d.toks[j].text == "-" && !d.toks[j].space && !d.toks[j+1].space &&
		d.toks[j+1].kind == tokWord && d.toks[j+1].cap
}

// titledHe reports whether the name run at lo opens with the surname He
// after a title: "Vice Premier He Lifeng" names a person, where a lone "He"
// is a pronoun.
func (d *doc) titledHe(lo, hi int) bool {
	if d.toks[lo].lower != "he" || hi-lo < 2 || lo == 0 || d.spanAt[lo-1] == 0 {
		return false
	}
	r := d.spans[d.spanAt[lo-1]-1]
	return r.kind == spanRole && r.hi == lo && int32(r.sent) == d.sentOf[lo]
}

// stateBodyKinds are the gazetteer kinds of a state's own bodies.
var stateBodyKinds = setOf("armed forces", "government body")

// ofDemonymBody returns the length of "of the Ukrainian Armed Forces" at
// j, a state's body that closes the name of one of its parts, or 0.
func (d *doc) ofDemonymBody(j, hi int) int {
	if d.toks[j].lower != "of" || d.tok(j+1).lower != "the" || j+2 >= hi {
		return 0
	}
	n := d.gazAt(j+2, hi)
	if n == 0 {
		return 0
	}
	gaz := d.fittingGaz(j+2, n)
	if len(gaz) > 0 && gaz[0].typ == graph.Organization && gaz[0].country != "" && stateBodyKinds[gaz[0].kind] {
		return 2 + n // a state's force the gazetteer knows
	}
	if len(gaz) == 0 || gaz[0].form != formDemonym {
		return 0
	}
	if m := d.demonymBody(j+2, n, hi, gaz); m > 0 {
		return 2 + n + m
	}
	return 0
}
