package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// A word of blame whose doer comes with "by" lays the blame on that doer,
// whatever the speaker's verb: "calling the demand 'political blackmail'
// by Ruritania", "protested over 'reckless remarks' by the minister",
// "accused Ostland of 'provocations' backed by Ruritania", "a network
// 'sponsored by Ruritania'".

// sponsorVerbs put a doer behind a deed done by others.
var sponsorVerbs = setOf("backed", "sponsored", "financed", "funded", "orchestrated", "engineered", "masterminded",
	"instigated", "armed")

// blameByRelations reads, in sentence si, a word of blame followed by "by"
// and its doers: the one who judges criticises each doer.
func (d *doc) blameByRelations(si int) {
	s := d.sents[si]
	for k := s.lo + 2; k < s.hi-1; k++ {
		if d.toks[k].lower != "by" || !d.blameBefore(k, s.lo) {
			continue
		}
		doers := d.doersAfter(k + 1)
		if len(doers) == 0 {
			continue
		}
		src := d.blameJudge(k, si, doers)
		if src == nil {
			continue
		}
		for _, e := range doers {
			if !d.ownSide(src, e) {
				d.addClaim(claim{src: ent(src), dst: ent(e), typ: graph.Criticized, mod: graph.Asserted, sent: si, conf: 0.45})
			}
		}
	}
}

// blameBefore reports whether the "by" at k follows a word of blame (past
// a closing quote, or within the few quoted words before it), or a verb of
// sponsoring that is quoted or follows a word of blame.
func (d *doc) blameBefore(k, lo int) bool {
	p := k - 1
	closed := isQuote(d.tok(p).text)
	if closed {
		p--
	}
	w := d.tok(p).lower
	if sponsorVerbs[w] {
		if d.insideQuote(p, lo) {
			return true // `a network "sponsored by Ruritania"`
		}
		p--
		if isQuote(d.tok(p).text) {
			p--
		}
		return p > lo && blameNoun(d.tok(p).lower) // `"provocations" backed by`
	}
	if blameNoun(w) {
		return !d.negatedBefore(p, lo)
	}
	if !closed {
		return false
	}
	// `"irresponsible rhetoric" by`: a blame word among the quoted words.
	for j := p - 1; j > lo && j >= p-3; j-- {
		t := d.toks[j]
		if isQuote(t.text) {
			return false
		}
		if blameNoun(t.lower) {
			return !d.negatedBefore(j, lo)
		}
	}
	return false
}

// blameNoun reports whether w, or its singular, is a word of blame.
func blameNoun(w string) bool {
	if blameWords[w] || condemnWords[w] {
		return true
	}
	if s, ok := strings.CutSuffix(w, "s"); ok && len(s) > 3 {
		return blameWords[s] || condemnWords[s]
	}
	return false
}

// doersAfter returns the actors listed from token j: "by Ruritania and
// Ostland", "by Ruritanian Defence Minister Karl Weber", over "the" and the
// titles and qualifying names before each.
func (d *doc) doersAfter(j int) []*entity {
	var out []*entity
	n := 0
	for k, sp := range d.walk(j, d.sents[d.sentOf[j]].hi) {
		if n++; n > 14 {
			break
		}
		e := actorOf(sp)
		switch {
		case sp != nil && sp.kind == spanRole, e != nil && d.isModifierActor(sp):
			continue
		case e != nil:
			if d.tok(sp.hi).lower == "'s" {
				return out // "by Ruritania's army": the army, not named here
			}
			out = appendUnique(out, e)
			continue
		case sp != nil:
			return out
		}
		switch d.toks[k].lower {
		case "the":
		case "and", ",":
			if len(out) == 0 {
				return out
			}
		default:
			return out
		}
	}
	return out
}

// blameJudge returns who lays the blame of the "by" at k: the subject of
// the clause it stands in when that is none of the doers ("Ruritania had
// protested over ... by X"), else the sentence's speaker.
func (d *doc) blameJudge(k, si int, doers []*entity) *entity {
	if e := d.subjectBefore(k, si); e != nil && !hasEntity(doers, e) {
		return e
	}
	if e := d.speakerOf(si); e != nil && !hasEntity(doers, e) {
		return e
	}
	return nil
}
