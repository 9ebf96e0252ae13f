package extract

import "github.com/geokg/geokg/graph"

// A speaker's own name for a wrong, told outside any verb of judgement,
// still blames the one who did it: "will not lower the tariffs unless the
// bloc scraps what he called discriminatory rules", "penalties on Ruritania
// for what she called a campaign of destabilisation", "stayed away from the
// forum over what he called the mistreatment of miners in Freedonia". The
// one blamed is the state named in the wrong's words, else the name that
// does or suffers the act the words are the object of.

// whatWrongs name a wrong in a speaker's words besides the words of blame.
var whatWrongs = setOf("mistreatment", "destabilisation", "destabilization", "abuses", "harassment", "meddling")

// whatJudgedRelations reads "what X called <a wrong>" in sentence si when
// no stance verb takes it (whatCalledReferent reads those) and no threat
// governs it: a threat "over what he called ..." is told as the threat.
func (d *doc) whatJudgedRelations(si int) {
	s := d.sents[si]
	for k := s.lo + 1; k < s.hi-3; k++ {
		if d.toks[k].lower != "what" {
			continue
		}
		n, spk := d.whatNamer(k, si)
		if n < 0 || spk == nil {
			continue
		}
		if p := d.toks[k-1].lower; criticizeVerbs[p] || condemnVerbs[p] || rejectVerbs[p] || denyVerbs[p] || namingVerbs[p] {
			continue
		}
		if d.wordBetween(s.lo, k, threatenVerbs) || d.wordBetween(s.lo, k, threatNouns) {
			continue
		}
		end, wrong := d.wrongWords(n+1, s.hi)
		if !wrong {
			continue
		}
		tgt := d.firstActorIn(n+1, end)
		if tgt == nil {
			tgt = d.actOwnerBefore(k)
		}
		if tgt != nil && tgt != spk {
			d.addClaim(claim{src: ent(spk), dst: ent(tgt), typ: graph.Criticized, mod: graph.Asserted, sent: si, conf: 0.45})
		}
	}
}

// whatNamer returns the naming verb of "what he called" at k and who
// names: a pronoun's person or body, or the name itself; -1 for none.
func (d *doc) whatNamer(k, si int) (int, *entity) {
	switch w := d.tok(k + 1).lower; {
	case w == "he" || w == "she":
		if whatNamingVerbs[d.tok(k+2).lower] {
			return k + 2, d.lastPerson(k)
		}
	case w == "it" || w == "they":
		if whatNamingVerbs[d.tok(k+2).lower] {
			return k + 2, d.subjectBefore(k, si)
		}
	default:
		if sp, e := d.actorAt(k + 1); e != nil && sp.lo == k+1 && whatNamingVerbs[d.tok(sp.hi).lower] {
			return sp.hi, e
		}
	}
	return -1, nil
}

// wrongWords returns where the words of a naming verb end (a comma, or
// the sentence's end) and whether they name a wrong.
func (d *doc) wrongWords(from, hi int) (int, bool) {
	wrong := false
	j := from
	for ; j < hi && j < from+12; j++ {
		w := d.toks[j].lower
		if d.toks[j].text == "," || w == "and" && j > from+2 || w == "but" {
			break
		}
		if blameWords[w] || condemnWords[w] || bloodWords[w] || whatWrongs[w] {
			wrong = true
		}
	}
	return j, wrong
}

// actOwnerBefore returns the name the act before "what" at k bears on: its
// subject right before the verb ("unless the EU scrapped what ..."), or
// the object of "on" or "against" before "over" ("sanctions on Belarus
// over what ..."), or nil.
func (d *doc) actOwnerBefore(k int) *entity {
	p := d.tok(k - 1)
	if p.lower == "over" || p.lower == "for" {
		sp, e := d.actorAt(k - 2)
		if e != nil && sp.hi == k-1 && (d.tok(sp.lo-1).lower == "on" || d.tok(sp.lo-1).lower == "against") {
			return e
		}
		return nil
	}
	if p.kind != tokWord || p.cap || d.spanAt[k-1] != 0 {
		return nil
	}
	if sp, e := d.actorAt(k - 2); e != nil && sp.hi == k-1 && !d.isModifierActor(sp) {
		return e
	}
	return nil
}
