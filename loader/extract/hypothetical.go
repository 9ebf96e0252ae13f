package extract

import "github.com/geokg/geokg/graph"

// refusableVerbs take a deal as what a party will or will not accept:
// "will not accept a bad deal", "would never sign an agreement".
var refusableVerbs = setOf("accept", "accepts", "accepting", "sign", "signs", "signing")

// hypotheticalNoun reports whether the event noun at lo names a thing that
// may never happen rather than one the text tells of: "any talks could
// cover migration", "the basis of any deal", "not to issue any joint
// statement", or a deal refused before it exists ("we will not accept a
// bad deal"). Wire copy names such things to set terms for them; the
// talks or the deal the article reports, if any, have words of their own.
func (d *doc) hypotheticalNoun(lo int, typ graph.EventType) bool {
	s := d.sents[d.sentOf[lo]]
	k := d.determinerOf(lo)
	if k < s.lo {
		return false
	}
	switch d.toks[k].lower {
	case "any":
		// "denied any talks took place" disputes a reported event; "would
		// not sign any agreement unless …" and "any deal would depend on …"
		// hold a deal off on terms, the conditional event the rules read.
		return !denyWords[d.tok(k-1).lower] && !d.heldOnTerms(s.lo, k, lo, s.hi)
	case "a", "an":
		v := k - 1
		return typ == graph.Agreement && v >= s.lo && refusableVerbs[d.toks[v].lower] && d.negatedBefore(v, s.lo)
	}
	return false
}

// determinerOf returns where the walk back from the event noun at lo stops
// past up to two plain modifiers: the determiner in "any future peace
// settlement" or "a bad deal". Callers read the word there; it is below
// the sentence's start when the noun opens the sentence.
func (d *doc) determinerOf(lo int) int {
	s := d.sents[d.sentOf[lo]]
	k := lo - 1
	for n := 0; n < 2 && k > s.lo && d.hypotheticalModifier(k); n++ {
		k--
	}
	return k
}

// heldOnTermsAny reports whether mention m names a thing with "any" and
// sets terms for it: "any talks would only be possible if", "would not
// sign any agreement unless". Such a thing is still to come, on terms.
func (d *doc) heldOnTermsAny(m *eventMention) bool {
	if m.verb {
		return false
	}
	s := d.sents[m.sent]
	k := d.determinerOf(m.lo)
	return k >= s.lo && d.toks[k].lower == "any" && !denyWords[d.tok(k-1).lower] && d.heldOnTerms(s.lo, k, m.lo, s.hi)
}

// denyWords before "any" dispute that a thing happened at all.
var denyWords = setOf("denied", "deny", "denies", "denying")

// heldOnTerms reports whether the sentence from lo to hi sets a condition
// after the event noun at at whose determiner stands at k, and none before
// it: "any agreement unless Israel withdraws", but not "only if the other
// side accepted … as the basis of any deal", where the deal is part of the
// terms.
func (d *doc) heldOnTerms(lo, k, at, hi int) bool {
	return !d.wordBetween(lo, k, conditionMarkers) &&
		(d.wordBetween(at+1, hi, conditionMarkers) || d.wordBetween(at+1, hi, dependWords))
}

// hypotheticalModifier reports whether the token at k is a plain
// lower-case word that can stand between a determiner and an event noun.
func (d *doc) hypotheticalModifier(k int) bool {
	t := d.toks[k]
	return t.kind == tokWord && !t.cap && d.spanAt[k] == 0 && !hypotheticalStops[t.lower] && !refusableVerbs[t.lower]
}

// hypotheticalStops, with the verbs that refuse a deal, end the walk back
// from an event noun to its determiner.
var hypotheticalStops = setOf("a", "an", "any", "the", "this", "that", "these", "those", "his", "her", "its", "their",
	"our", "no", "not", "of", "to", "on", "in", "for", "and", "or")
