package extract

import "github.com/geokg/geokg/graph"

// A speaker who says an event was wrong criticises it even with no verb of
// naming: "she said the vote had been 'rigged'", "the minister said the
// ruling was a mistake", "he said the seizure would amount to theft".

// judgedCopulas link the judged event to the judgement.
var judgedCopulas = setOf("was", "were", "is", "are", "been", "be", "amounts", "amounted", "amount", "constitutes",
	"constituted", "constitute")

// verdictWords judge an event as wrong beyond the words of blame: a vote
// "stolen", a seizure "theft", a decision "bad news".
var verdictWords = setOf("stolen", "rigged", "theft", "robbery", "bad", "unconstitutional",
	"worrying", "alarming", "disappointing", "wrong", "unhelpful", "meaningless")

// judgedThatRelations reads, in sentence si, "<speaker> said the <event>
// was <judgement>": the speaker criticises the event.
func (d *doc) judgedThatRelations(si int) {
	spk := d.speakerOf(si)
	if spk == nil {
		return
	}
	s := d.sents[si]
	for k := s.lo + 2; k < s.hi-2; k++ {
		ev, end := d.judgedSubject(k)
		if ev == nil {
			continue
		}
		typ := d.judgedAfter(end, s.hi)
		if typ == "" {
			continue
		}
		d.addClaim(claim{src: ent(spk), dst: evt(ev), typ: typ, mod: graph.Asserted, sent: si, conf: 0.5})
		return
	}
}

// judgedSubject returns the event the reported clause opening at k is
// about, and where its noun ends: "said that the vote", "said this
// decision". The clause must open right after a speech verb or "that".
func (d *doc) judgedSubject(k int) (*event, int) {
	if !objectDeterminers[d.toks[k].lower] || d.toks[k].lower == "that" {
		return nil, 0
	}
	if p := d.toks[k-1].lower; p != "that" && !speechVerbs[p] {
		return nil, 0
	}
	for j := k + 1; j < len(d.toks) && j <= k+3; j++ {
		t := d.toks[j]
		if m := d.evAt[j]; m != nil && m.ev != nil {
			return m.ev, m.hi
		}
		if judgedNouns[t.lower] || measureNouns[t.lower] {
			return d.judgedReferent(k, t.lower), j + 1
		}
		if t.kind != tokWord || t.cap || d.spanAt[j] != 0 {
			return nil, 0
		}
	}
	return nil, 0
}

// judgedAfter returns the relation a copula at from, within two words
// ("had been", "would amount to"), and a judgement soon after it make: a
// criticism, or a rejection when the judgement denies the event any force
// ("said the move was null and void"). It returns "" for none.
func (d *doc) judgedAfter(from, hi int) graph.RelationType {
	c := -1
	for j := from; j < hi && j <= from+2; j++ {
		if judgedCopulas[d.toks[j].lower] {
			c = j
			break
		}
	}
	if c < 0 {
		return ""
	}
	for j := c + 1; j < hi && j <= c+5; j++ {
		w := d.toks[j].lower
		if w == "not" || w == "no" {
			return "" // "was not illegal"
		}
		if voidWords[w] {
			return graph.Rejected
		}
		if blameWords[w] || verdictWords[w] || condemnWords[w] {
			return graph.Criticized
		}
	}
	return ""
}
