package extract

import "github.com/geokg/geokg/graph"

// peaceWanting names a will to settle a conflict; peaceObjects what is
// wanted. "not interested in a ceasefire", "has no interest in a
// settlement", "not serious about peace", "not seeking peace".
var (
	peaceWanting = setOf("interested", "interest", "serious", "seeking", "committed", "sincere")
	peaceObjects = setOf("peace", "ceasefire", "truce", "settlement", "negotiations", "talks", "diplomacy", "dialogue",
		"deal", "agreement", "accord")
	// peaceLinks stand between the wanting word and what is wanted.
	peaceLinks = setOf("in", "about", "to", "a", "any", "an", "real", "genuine", "lasting", "reaching", "reach",
		"striking", "the")
	// doubtVerbs stand between the party doubted and the negation.
	doubtVerbs = setOf("is", "was", "are", "were", "has", "had", "have", "remains", "remained", "still", "clearly",
		"simply", "plainly", "'s")
	// regimeNouns after a state or capital name stand for its government:
	// "the Kyiv regime has no interest in peace".
	regimeNouns = setOf("regime", "government", "leadership", "authorities")
)

// peaceDoubtRelations reads, in sentence si, a speaker saying a party does
// not want peace ("Moscow is not interested in a ceasefire," he said): a
// charge of bad faith, so the speaker criticises that party.
func (d *doc) peaceDoubtRelations(si int) {
	s := d.sents[si]
	for k := s.lo + 1; k < s.hi-2; k++ {
		w := d.toks[k].lower
		if w != "not" && w != "no" || !d.wantsPeaceAfter(k+1, s.hi) {
			continue
		}
		dst := d.doubtedParty(k, s.lo)
		if dst == nil {
			continue
		}
		src := d.speakerOf(si)
		if src == nil {
			if e := d.firstActor(si, k); e != nil && e.typ == graph.Person {
				src = e // "she dismissed the summit as a show that proved NATO had no interest in peace"
			}
		}
		if src == nil || src == dst {
			continue
		}
		d.addClaim(claim{src: ent(src), dst: ent(dst), typ: graph.Criticized, mod: graph.Asserted, sent: si, conf: 0.45})
	}
}

// wantsPeaceAfter reports whether the words from j to hi say a will to
// settle: "interested in a ceasefire", "serious about peace", "seeking peace".
func (d *doc) wantsPeaceAfter(j, hi int) bool {
	if j < hi && isQuote(d.toks[j].text) {
		j++
	}
	if j >= hi || !peaceWanting[d.toks[j].lower] {
		return false
	}
	for n := j + 1; n < hi && n <= j+4; n++ {
		w := d.toks[n].lower
		if peaceObjects[w] {
			return true
		}
		if !peaceLinks[w] {
			return false
		}
	}
	return false
}

// doubtedParty returns the party the negation at k speaks of: the name
// right before it, past auxiliaries, quotes and a regime noun.
func (d *doc) doubtedParty(k, lo int) *entity {
	j := k - 1
	for j > lo && j > k-5 && (doubtVerbs[d.toks[j].lower] || isQuote(d.toks[j].text)) {
		j--
	}
	if regimeNouns[d.tok(j).lower] {
		j--
	}
	sp, e := d.actorAt(j)
	if sp == nil || sp.hi != j+1 || d.isSpeaker(sp) {
		return nil
	}
	if e == nil && sp.ent != nil && isCapitalSpan(sp) {
		e = d.countryByCode(sp.ent.country) // "Kyiv was not seeking peace": the capital stands for its state
	}
	return e
}
