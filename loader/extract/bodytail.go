package extract

import (
	"bytes"
	"strings"

	"github.com/geokg/geokg/graph"
)

// tailPreps join a body's name to the words that finish it: "Commission on
// Human Rights", "Mission in Libya", "Forces for an Emerging Benin".
var tailPreps = setOf("on", "in", "for")

// bodyTail returns how many tokens from the preposition at j still belong
// to the name of the body whose run opened at i, or 0. Two signs settle
// it, since a preposition after a body mostly starts a phrase of its own
// ("the Council on Friday", "the Commission in Colombo"): a bracketed
// acronym after the words whose letters spell every word of the whole
// name, or "on" before a subject written in capitals that are all common
// words ("Joint Working Group on Fisheries").
func (d *doc) bodyTail(i, j, hi int) int {
	end, topic := d.tailWords(j, hi)
	switch {
	case end < 0:
		return 0
	case d.spelledByAcronym(i, end, hi):
		return end - j
	case topic && d.toks[j].lower == "on" && end-j <= 4:
		return end - j
	}
	return 0
}

// tailWords reads the capitalised words after a preposition at j ("on
// Human Rights", "for an Emerging Benin"): where they end, or -1 when
// none follow or a date does, and whether all are common words.
func (d *doc) tailWords(j, hi int) (int, bool) {
	if j >= hi || !tailPreps[d.toks[j].lower] || d.toks[j].cap {
		return -1, false
	}
	k := j + 1
	if w := d.tok(k).lower; (w == "a" || w == "an" || w == "the") && !d.tok(k).cap {
		k++
	}
	end, topic := k, k == j+1
	for end < hi && d.toks[end].kind == tokWord && d.toks[end].cap {
		t := d.toks[end]
		if isWeekday(t.lower) || months[t.lower] != 0 {
			return -1, false // "the Council on Friday"
		}
		if t.allUpper || !d.lex.words[t.lower] || d.gazAt(end, hi) > 0 {
			topic = false
		}
		end++
	}
	if end == k {
		return -1, false
	}
	return end, topic
}

// acronymBody returns the length of the run after a known body (at i, n
// tokens) when the bracketed acronym after it spells both together: "UN
// Support Mission in Libya (UNSMIL)" is the mission, not the UN; 0
// otherwise.
func (d *doc) acronymBody(i, n, hi int, gaz []gazEntry) int {
	if len(gaz) == 0 || gaz[0].typ != graph.Organization || i+n >= hi {
		return 0
	}
	j := i + n
	if t := d.toks[j]; !t.cap || t.kind != tokWord || !t.space || d.gazAt(j, hi) > 0 {
		return 0
	}
	m := d.nameRun(j, hi, false)
	if m == 0 {
		return 0
	}
	if d.spelledByAcronym(i, j+m, hi) {
		return m
	}
	if end, _ := d.tailWords(j+m, hi); end > 0 && d.spelledByAcronym(i, end, hi) {
		return end - j // "UN Mission in South Sudan (UNMISS)"
	}
	return 0
}

// bodyHead returns the token of the run [lo, hi) that says it names a
// body: its last word, or the body word a tail joins on to ("Commission
// on Human Rights", "Mission in Libya"); -1 when there is none.
func (d *doc) bodyHead(lo, hi int) int {
	if hi > lo && orgKeywords[d.toks[hi-1].lower] {
		return hi - 1
	}
	for k := lo; k+1 < hi; k++ {
		if orgKeywords[d.toks[k].lower] && (d.toks[k+1].lower == "on" || d.toks[k+1].lower == "in") {
			return k
		}
	}
	return -1
}

// spelledByAcronym reports whether "(ACR)" follows the name [i, end) and
// its letters are the initials of every word of the name, with a word in
// capitals giving all its letters and a joining preposition giving its
// initial or not: "UN Support Mission in Libya (UNSMIL)". Order is free,
// for a body abbreviated from its name in another language.
func (d *doc) spelledByAcronym(i, end, hi int) bool {
	if end >= hi || d.tok(end).text != "(" || d.tok(end+2).text != ")" {
		return false
	}
	acr := d.tok(end + 1)
	if !acr.allUpper || acr.kind != tokWord {
		return false
	}
	var content, optional []byte
	for k := i; k < end; k++ {
		t := d.toks[k]
		switch {
		case t.kind != tokWord:
		case tailPreps[t.lower] && !t.cap:
			optional = append(optional, t.lower[0])
		case !t.cap:
		case t.allUpper:
			content = append(content, strings.ToLower(t.text)...)
		default:
			content = append(content, t.lower[0])
		}
	}
	rest := []byte(strings.ToLower(acr.text))
	if len(rest) < len(content) || len(rest) > len(content)+len(optional) {
		return false
	}
	// Every word of the name must give a letter; a preposition may give
	// one of those left.
	for _, c := range content {
		k := bytes.IndexByte(rest, c)
		if k < 0 {
			return false
		}
		rest = append(rest[:k], rest[k+1:]...)
	}
	for _, c := range rest {
		k := bytes.IndexByte(optional, c)
		if k < 0 {
			return false
		}
		optional = append(optional[:k], optional[k+1:]...)
	}
	return true
}
