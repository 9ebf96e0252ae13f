package extract

import "github.com/geokg/geokg/graph"

// forbidVerbs, negated after a modal, forbid an adversary to act: "will not
// allow X to rebuild", "would never permit X to".
var forbidVerbs = setOf("allow", "permit", "let")

// forbidThreats reads, in sentence si, "<speaker> said Y will not allow X
// to ...": a vow to stop X by force threatens X. The speaker threatens, or
// the clause's subject when no one is quoted. "Did not let its ports
// be used" is a past fact, no vow, and needs a modal to read as one.
func (d *doc) forbidThreats(si int) {
	s := d.sents[si]
	for k := s.lo + 2; k < s.hi-2; k++ {
		if !forbidVerbs[d.toks[k].lower] {
			continue
		}
		n := k - 1
		if isQuote(d.toks[n].text) {
			n-- // "would "never allow ..."
		}
		if w := d.toks[n].lower; w != "not" && w != "never" {
			continue
		}
		m := n - 1
		if isQuote(d.tok(m).text) {
			m-- // "will "never allow"
		}
		if !threatModals[d.tok(m).lower] {
			continue
		}
		j := d.pastThe(k + 1)
		sp, e := d.actorAt(j)
		if e == nil || sp.lo != j || d.tok(sp.hi).lower != "to" {
			continue
		}
		src := d.speakerOf(si)
		if src == nil {
			src = d.subjectBefore(m, si)
		}
		if src == nil || src == e || len(d.withoutOwnSide(src, []*entity{e})) == 0 {
			continue
		}
		d.addClaim(claim{src: ent(src), dst: ent(e), typ: graph.Threatened, mod: graph.Asserted, sent: si, conf: 0.5})
	}
}
