package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// A speaker who says they are troubled by a deed, or regret it, criticises
// the deed or the one whose deed it is: "the envoy said he was 'deeply
// concerned' by the move", "the bloc 'deeply regrets' the decision", "said
// Ruritania was disappointed by the army's response".

// dismayWords are the states of mind a deed can put one in that blame it;
// they take the deed with "by", "at" or "over".
var dismayWords = setOf("concerned", "disappointed", "appalled", "shocked", "dismayed", "alarmed", "troubled",
	"outraged", "angered", "incensed", "worried")

// dismayPrepositions lead from a word of dismay to its deed. "About"
// is left out: one is "concerned about" a situation more often than a deed.
var dismayPrepositions = setOf("by", "at", "over")

// regretVerbs blame the deed they take as object: "regrets the decision".
var regretVerbs = setOf("regrets", "regretted", "deplores", "deplored", "deplore", "lamented", "laments")

// dismayRelations reads, in sentence si, a speaker's dismay at or regret
// of a deed: the speaker criticises the deed, or its doer when the object
// names whose deed it is.
func (d *doc) dismayRelations(si int) {
	spk := d.speakerOf(si)
	if spk == nil {
		return
	}
	s := d.sents[si]
	for k := s.lo + 1; k < s.hi-2; k++ {
		w := d.toks[k].lower
		j := -1
		switch {
		case dismayWords[w]:
			j = d.dismayObject(k)
		case regretVerbs[w]:
			j = k + 1
			if isQuote(d.tok(j).text) {
				j++ // `"deeply regrets" the decision`
			}
		}
		if j < 0 || d.negatedBefore(k, s.lo) {
			continue
		}
		if dst, ok := d.deedObject(k, j); ok && !(dst.ent != nil && d.ownSide(spk, dst.ent)) {
			d.addClaim(claim{src: ent(spk), dst: dst, typ: graph.Criticized, mod: graph.Asserted, sent: si, conf: 0.5})
			return
		}
	}
}

// dismayObject returns where the object of the word of dismay at k opens,
// past a closing quote, a second word of dismay and its adverb ("appalled
// and deeply shocked by"), or -1 when no "by", "at" or "over" leads to it.
func (d *doc) dismayObject(k int) int {
	j := k + 1
	for n := 0; n < 5 && j < len(d.toks); n, j = n+1, j+1 {
		t := d.toks[j]
		if dismayPrepositions[t.lower] {
			return j + 1
		}
		if !isQuote(t.text) && t.lower != "and" && !dismayWords[t.lower] && !(t.kind == tokWord && len(t.lower) > 3 && strings.HasSuffix(t.lower, "ly")) {
			return -1
		}
	}
	return -1
}

// negatedBefore reports whether a negation stands within three words
// before k: "was not concerned by the move".
func (d *doc) negatedBefore(k, lo int) bool {
	for j := k - 1; j >= lo && j >= k-3; j-- {
		switch d.toks[j].lower {
		case "not", "n't", "no", "never":
			return true
		}
	}
	return false
}

// deedObject returns what the object opening at j of the word at k
// stands for: the doer a possessive names ("the army's response", "his
// threats"), else the event named or a noun stands for ("the move"). ok
// is false when the object is neither.
func (d *doc) deedObject(k, j int) (nodeRef, bool) {
	w := d.tok(j).lower
	if w == "his" || w == "her" {
		if p := d.lastPerson(j); p != nil && (judgedNouns[d.tok(j+1).lower] || measureNouns[d.tok(j+1).lower]) {
			return ent(p), true
		}
		return nodeRef{}, false
	}
	if !objectDeterminers[w] {
		return nodeRef{}, false
	}
	if sp, e := d.actorAt(j + 1); e != nil && sp.lo == j+1 && d.tok(sp.hi).lower == "'s" {
		if n := d.tok(sp.hi + 1).lower; judgedNouns[n] || measureNouns[n] || n == "response" || n == "actions" {
			return ent(e), true
		}
		return nodeRef{}, false
	}
	for n := j + 1; n < len(d.toks) && n <= j+4; n++ {
		t := d.toks[n]
		if m := d.evAt[n]; m != nil && m.ev != nil {
			return evt(m.ev), true
		}
		if judgedNouns[t.lower] || measureNouns[t.lower] || actNouns[t.lower] {
			if ev := d.judgedReferent(k, t.lower); ev != nil {
				return evt(ev), true
			}
			return nodeRef{}, false
		}
		if t.kind != tokWord || t.cap || d.spanAt[n] != 0 {
			return nodeRef{}, false
		}
	}
	return nodeRef{}, false
}
