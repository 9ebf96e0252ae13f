package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// A verb of judgement told in the passive turns its roles round: in "the
// raid was condemned by Chile" or "the militia has been blamed by
// Washington for the attacks" the one after "by" judges and the subject is
// judged. Read as active, the subject would judge its own critic. A
// participle after a noun is passive too: "a move criticised by the
// opposition leader".

// passiveStance reads the verb of judgement at k when it is a participle
// followed by "by", states who judges what, and reports whether the verb
// was passive (then no active reading of it may follow).
func (d *doc) passiveStance(k, si int, typ graph.RelationType) bool {
	if w := d.toks[k].lower; !judgingVerb(w) || !strings.HasSuffix(w, "ed") || d.tok(k+1).lower != "by" {
		// "was disappointed by Peru's response" is a letdown its subject feels
		return false
	}
	_, hi := d.clause(k)
	judges := d.byAgents(k+2, hi)
	j := k - 1
	for j > 0 && lyAdverb(d.toks[j]) {
		j-- // "was widely condemned by"
	}
	var ev *event
	var judged []*entity
	if passiveAux[d.tok(j).lower] {
		a := j
		for a > 0 && (passiveAux[d.tok(a-1).lower] || auxWords[d.tok(a-1).lower]) {
			a-- // "has been", "will be"
		}
		ev = d.passiveSubjectEvent(a)
		if ev == nil {
			if l := d.listSubject(a); len(l) > 1 {
				judged = l // "Chile and Peru were criticised by"
			} else if e := d.subjectBefore(j, si); e != nil {
				judged = []*entity{e} // "The group, part of X, has been blamed by": the head, not X
			}
		}
	} else if m := d.evAt[j]; m != nil && m.ev != nil {
		ev = m.ev // "a strike condemned by"
	}
	mod := d.modalityAt(k)
	for _, src := range judges {
		if ev != nil && (!hasEntity(ev.parts, src) || ev.typ == graph.Statement) {
			d.addClaim(claim{src: ent(src), dst: evt(ev), typ: typ, mod: mod, sent: si, conf: 0.55})
		}
		for _, e := range judged {
			if e != src {
				d.addClaim(claim{src: ent(src), dst: ent(e), typ: typ, mod: mod, sent: si, conf: 0.55})
			}
		}
	}
	return true
}

// subjectTails open what may follow an event noun inside the subject of a
// passive: "the strike on the port", "the raid in the north".
var subjectTails = setOf("on", "in", "against", "at", "near", "of", "by", "last")

// passiveSubjectEvent returns the event a passive subject names, the
// mention closest before the first auxiliary, at j, in its clause: "the
// strike on the port was condemned"; nil when there is none.
func (d *doc) passiveSubjectEvent(j int) *event {
	lo, _ := d.clause(j)
	for p := j - 1; p >= lo && p >= j-8; p-- {
		if d.isBreak(p) {
			break
		}
		if m := d.evAt[p]; m != nil && m.ev != nil {
			if m.hi < j && !subjectTails[d.tok(m.hi).lower] {
				return nil // "the state-sanctioned Forces": the event only qualifies the subject
			}
			return m.ev
		}
	}
	return nil
}

// judgingVerb reports whether w is a verb of condemnation or criticism.
func judgingVerb(w string) bool {
	return condemnVerbs[w] || criticizeVerbs[w]
}
