package extract

import "github.com/geokg/geokg/graph"

// deedNouns name a deed a pointer qualifies: "this barbaric act".
var deedNouns = setOf("attack", "attacks", "act", "acts", "crime", "crimes", "massacre", "killing", "killings", "bombing", "assault")

// quotedVerdictRelations reads a sentence that opens on a quote pointing
// back at a deed with a verdict of condemnation ("'This is terrorism
// against our people,' the minister said", "'This cowardly attack will not
// go unpunished,' X said"): the speaker condemns the latest attack. A
// verdict with no deed before it ("It is the terrorists who must pay")
// says nothing of an attack.
func (d *doc) quotedVerdictRelations(si int) {
	s := d.sents[si]
	if s.hi-s.lo < 4 || !isQuote(d.toks[s.lo].text) {
		return
	}
	if p := d.tok(s.lo + 1).lower; p == "the" || !pointers[p] && p != "it" {
		return // "This is ...", "It was ...": the quote points back; "The ..." names its own thing
	}
	if !d.quotedVerdict(s.lo+2, s.hi) {
		return
	}
	spk := d.speakerOf(si)
	if spk == nil {
		return
	}
	ev := d.latestMention(s.hi-1, 3, func(m *eventMention) bool { return m.typ == graph.Attack && m.mod == graph.Asserted })
	if ev == nil || ev.perp == spk {
		return
	}
	d.addClaim(claim{src: ent(spk), dst: evt(ev), typ: graph.Condemned, mod: graph.Asserted, sent: si, conf: 0.5})
}

// quotedVerdict reports whether the words from k, after a pointer, judge
// the deed: a copula and a verdict within a few words ("is a cowardly
// act", "was nothing but terror"), or a verdict on a deed noun ("cowardly
// attack").
func (d *doc) quotedVerdict(k, hi int) bool {
	switch d.tok(k).lower {
	case "is", "was", "are", "were":
		for j := k + 1; j < hi && j <= k+4; j++ {
			t := d.toks[j]
			if t.kind == tokPunct || isQuote(t.text) {
				return false
			}
			if verdictWord(t.lower) {
				return true
			}
		}
		return false
	}
	return verdictWord(d.tok(k).lower) && deedNouns[d.tok(k+1).lower]
}

// verdictWord reports whether w condemns what a quote points back at.
// "War" names a state of things as often as it condemns.
func verdictWord(w string) bool { return condemnWords[w] && w != "war" }
