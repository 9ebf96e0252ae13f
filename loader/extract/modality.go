package extract

import "github.com/geokg/geokg/graph"

var announceVerbs = setOf("announced", "decided", "confirmed", "declared", "ordered", "signed", "approved", "enacted")

// announcedBefore reports whether an announcement verb precedes token k in
// its sentence.
func (d *doc) announcedBefore(k int) bool {
	s := d.sents[d.sentOf[k]]
	for j := max(s.lo, k-8); j < k; j++ {
		if announceVerbs[d.toks[j].lower] {
			return true
		}
	}
	return false
}

// trigAtIs reports whether an event trigger of type t starts at p.
func (d *doc) trigAtIs(p int, t graph.EventType) bool {
	if d.trigAt == nil || !d.trigAt[p] {
		return false
	}
	tr, n := d.lex.triggers.longest(d.toks, p, len(d.toks))
	return n > 0 && tr.typ == t
}

// triggerBetween reports whether an event trigger lies strictly between p
// and k: a condition binds the nearest event before it.
func (d *doc) triggerBetween(p, k int) bool {
	if d.trigAt == nil {
		return false
	}
	for j := p + 1; j < k; j++ {
		if d.trigAt[j] {
			return true
		}
	}
	return false
}

// clauseBreaks end a clause for argument and modality scopes. Commas do
// not: lists of actors run across them.
var clauseBreaks = setOf(";", ":", "—", "–", "--", "(", "“", "”", "\"", "but", "while", "whereas", "although", "though", "which", "who", "whom", "because")

// clause returns the bounds [lo, hi) of the clause around token p.
func (d *doc) clause(p int) (int, int) {
	s := d.sents[d.sentOf[p]]
	lo := p
	for lo > s.lo {
		if d.isBreak(lo - 1) {
			// Step over a relative clause back to its antecedent: "Guterres,
			// who is also attending, is expected to meet Putin".
			if j := d.relativeStart(lo-1, s.lo); j >= 0 {
				lo = j
				continue
			}
			break
		}
		lo--
		if d.toks[lo].text == ")" {
			// Step over a parenthesis: "Pakistan (DGMO) called ...".
			for lo > s.lo && d.toks[lo].text != "(" {
				lo--
			}
		}
	}
	hi := p + 1
	for hi < s.hi && !d.isBreak(hi) {
		hi++
	}
	return lo, hi
}

// relativeStart returns where a ", who ... ," clause that a break at k
// closes begins, or -1: k must be "who"/"which" after a comma whose clause
// is closed by a comma before the predicate.
func (d *doc) relativeStart(k, lo int) int {
	w := d.toks[k].lower
	if (w != "who" && w != "which") || k-1 <= lo || d.toks[k-1].text != "," {
		return -1
	}
	return k - 1
}

func (d *doc) isBreak(k int) bool {
	t := d.toks[k]
	if t.text == "–" && !t.space {
		return false // "Witkoff–Putin": a joined pair, not a break
	}
	if isQuote(t.text) && d.scareQuote(k) {
		return false
	}
	return clauseBreaks[t.lower]
}

func isQuote(s string) bool { return s == "“" || s == "”" || s == "\"" }

// scareQuote reports whether the quotation mark at k encloses a few words
// inside a sentence ("a “productive conversation” took place") rather than
// opening or closing a quoted statement.
func (d *doc) scareQuote(k int) bool {
	s := d.sents[d.sentOf[k]]
	for j := k + 1; j < s.hi && j <= k+5; j++ {
		if isQuote(d.toks[j].text) {
			return j-k <= 5 && d.tok(j+1).kind == tokWord && d.tok(k-1).kind == tokWord
		}
	}
	for j := k - 1; j >= s.lo && j >= k-5; j-- {
		if isQuote(d.toks[j].text) {
			return d.tok(k+1).kind == tokWord && d.tok(j-1).kind == tokWord
		}
	}
	return false
}

var conditionMarkers = setOf("if", "unless", "provided", "providing")

var possibleMarkers = setOf("may", "might", "could", "would", "possible", "possibly", "potential", "proposed",
	"propose", "proposes", "planned", "plans", "plan", "expected", "expects", "likely", "hopes", "hope", "seek",
	"seeks", "seeking", "sought", "aim", "aims", "aimed", "prospect", "future", "will", "should", "ready",
	"urged", "urges", "urge", "demand", "demands",
	"demanded", "demanding", "consider", "considering", "reach", "reaching", "secure", "whether", "next",
	"possibility", "wants", "want", "wanted", "toward", "towards", "prepared", "willing", "intends",
	"intend", "mulls", "weighs", "planning", "upcoming", "rejecting", "rejected", "rejects", "refused",
	"refusing", "readiness", "proposing", "discuss", "discussing")

var negations = setOf("not", "n't", "never", "no", "unable", "failed", "fail", "refused", "without", "denied", "cannot", "neither", "nor")

// modalityAt returns how the clause around token p states what p names:
// "has not ruled out a meeting" is possible, "unable to agree" denied, "only
// if a ceasefire is implemented first" makes what precedes conditional and
// the condition itself possible.
func (d *doc) modalityAt(p int) graph.Modality {
	s := d.sents[d.sentOf[p]]
	lo, _ := d.clause(p)
	// A condition marker in the sentence: before p (p is the condition) or
	// after it (p depends on a condition).
	for k := s.lo; k < s.hi; k++ {
		w := d.toks[k].lower
		cond := conditionMarkers[w] || w == "as" && d.tok(k+1).lower == "long" && d.tok(k+2).lower == "as" ||
			w == "on" && d.tok(k+1).lower == "condition"
		if !cond || w == "if" && d.tok(k-1).lower == "even" {
			continue
		}
		if k < p && k >= lo-6 {
			return graph.Possible
		}
		if k > p && (d.tok(k-1).lower == "only" || w != "if" || k-p < 12) && !d.triggerBetween(p, k) {
			return graph.Conditional
		}
	}
	switch d.tok(p - 1).lower {
	case "ongoing", "current", "continuing", "recent", "last", "latest", "previous", "past":
		return graph.Asserted // "the ongoing ceasefire negotiations"
	}
	start := max(lo, p-12)
	neg := -1
	for k := start; k < p; k++ {
		w := d.toks[k].lower
		switch {
		case w == "rule" || w == "ruled" || w == "ruling":
			if neg >= 0 && d.tok(k+1).lower == "out" {
				return graph.Possible
			}
		case w == "whether":
			return graph.Possible
		case negations[w]:
			neg = k
		}
	}
	if neg >= 0 && !d.trigAtIs(p, graph.Statement) {
		// "did not rule out a meeting" is read above; "no signs of agreeing"
		// and "unable to agree" deny. A statement that denies is still made.
		return graph.Denied
	}
	for k := start; k < p; k++ {
		w := d.toks[k].lower
		if w == "to" {
			// "to" alone is too weak; only as "is to", "are to".
			if b := d.tok(k - 1).lower; b == "is" || b == "are" || b == "was" {
				return graph.Possible
			}
			continue
		}
		if (w == "would" || w == "will") && d.announcedBefore(k) {
			continue // "announced that it would impose": reported as done
		}
		if possibleMarkers[w] {
			return graph.Possible
		}
		if (w == "call" || w == "calls" || w == "called" || w == "calling") && d.tok(k+1).lower == "for" {
			return graph.Possible
		}
		if (w == "press" || w == "push" || w == "pushing" || w == "pressing") && !determiners[d.tok(k-1).lower] {
			return graph.Possible
		}
	}
	return graph.Asserted
}
