package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// meetingWordAt reports whether a meeting trigger starts at token k. It
// reads the lexicon, since the pair phrases that ask it are read while the
// sentence's mentions are still being made.
func (d *doc) meetingWordAt(k int) bool {
	if k < 0 || k >= len(d.toks) || !d.trigAt[k] {
		return false
	}
	tr, n := d.lex.triggers.longest(d.toks, k, min(len(d.toks), k+4))
	return n > 0 && tr.typ == graph.Meeting
}

// pairMeetsAfter reports whether a pair phrase ending before k is the
// subject of a meeting: "the two militaries meet", "the two sides would
// meet again", "the two countries held talks". Like a verb of agreeing,
// a meeting of the pair's own names its two parties.
func (d *doc) pairMeetsAfter(k int) bool {
	for j := k; j < k+5 && j < len(d.toks); j++ {
		if d.meetingWordAt(j) {
			return true
		}
		w := d.toks[j].lower
		if !pairVerbGlue[w] && !meetVerbs[w] && !determiners[w] && w != "should" && w != "could" {
			return false
		}
	}
	return false
}

// pairMetBetween reports whether the pair phrase at k follows "between"
// after a meeting word: "talks between the two countries". The pair are
// the meeting's two sides, never a broker named in the same phrase.
func (d *doc) pairMetBetween(k int) bool {
	if d.tok(k-1).lower != "between" {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-4; j-- {
		if d.meetingWordAt(j) {
			return true
		}
	}
	return false
}

// nounModifierPair reports whether a pair ending at hi qualifies the noun
// that ends at end: only a hyphen and lower-case words stand between
// ("U.S. and Saudi-brokered talks", "Qatari and Egyptian mediated talks").
func (d *doc) nounModifierPair(hi, end int) bool {
	if end-hi > 3 || end <= hi {
		return false
	}
	for j := hi; j < end; j++ {
		if t := d.toks[j]; t.text != "-" && (t.kind != tokWord || t.cap || t.lower == "and") {
			return false
		}
	}
	return true
}

// warSides returns the two sides of the latest war told before the pair
// phrase at k, for "both sides", "the two sides" or "the warring parties"
// when no pair is named nearer: in a report on a war they are its sides.
// It returns nil for any other phrase, and when that war has more or fewer
// than two sides.
func (d *doc) warSides(k int) []*entity {
	g := d.groupWords(k)
	if g == 0 || d.toks[k].lower == "each" {
		return nil
	}
	if w := d.tok(k + g - 1).lower; w != "sides" && w != "parties" {
		return nil
	}
	for i := len(d.evs) - 1; i >= 0; i-- {
		m := d.evs[i]
		if m.hi > k || m.typ != graph.OtherEvent || otherKind(m.noun) != "war" && !warWords[lastWord(strings.ToLower(m.noun))] {
			continue
		}
		var sides []*entity
		for _, e := range m.parts {
			if e.typ != graph.Person {
				sides = appendUnique(sides, e)
			}
		}
		if len(sides) != 2 {
			return nil
		}
		return sides
	}
	return nil
}
