package extract

import "github.com/geokg/geokg/graph"

// datedCountSource builds the statement of an election body named after
// the figures it gave out, when the day it spoke follows its verb: "X won
// a third of the seats, the election board said on Tuesday". A body that
// only sources figures is told without a day ("..., the election office
// said."); one dated is the release of the results itself, an occasion the
// wire reports like a body heading the sentence.
func (d *doc) datedCountSource(si int) *eventMention {
	s := d.sents[si]
	for k := s.lo + 1; k < s.hi; k++ {
		if !countSpeech[d.toks[k].lower] || d.trigAt[k] {
			continue
		}
		sp, who := d.bodyEndingAt(k, s.lo)
		if !electionBody(who) {
			continue
		}
		lo := sp.lo
		if d.tok(lo-1).lower == "the" {
			lo--
		}
		if d.tok(lo-1).text != "," || !d.countInSentence(s.lo, lo) {
			continue
		}
		de := d.dateRightAfter(k + 1)
		if de == nil {
			return nil // a sentence's figures have one source; undated, it stays one
		}
		return d.countStatement(si, k, who, de)
	}
	return nil
}

// countStatement is the statement election body who makes with verb k of
// sentence si, given out on day de (nil when untold).
func (d *doc) countStatement(si, k int, who *entity, de *dateExpr) *eventMention {
	return &eventMention{lo: k, hi: k + 1, sent: si, typ: graph.Statement, verb: true, noun: d.toks[k].text,
		mod: d.modalityAt(k), parts: []*entity{who}, date: de}
}

// bodyEndingAt returns the actor whose name ends right before k, stepping
// back over an acronym in brackets: "the National Election Board (NEBE)".
// The walk stops at lo, the sentence's start, so that a stray bracket
// never pairs with one in the sentence before; an acronym is a few tokens
// at most, and a bracket left open by then holds something else.
func (d *doc) bodyEndingAt(k, lo int) (*span, *entity) {
	j := k - 1
	if d.tok(j).text == ")" {
		for j > lo && d.toks[j].text != "(" && k-j < 8 {
			j--
		}
		if j <= lo || d.toks[j].text != "(" {
			return nil, nil // no "(" or no name before it in the sentence
		}
		j--
	}
	return d.actorAt(j)
}
