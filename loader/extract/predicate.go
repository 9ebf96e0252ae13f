package extract

import (
	"github.com/geokg/geokg/graph"
)

// predicateAt reads a relation verb at token k.
func (d *doc) predicateAt(k, si int) {
	w := d.toks[k].lower
	var typ graph.RelationType
	switch {
	case criticizeVerbs[w]:
		typ = graph.Criticized
		if w == "described" && !d.describedAsBlame(k) {
			return
		}
	case condemnVerbs[w]:
		typ = graph.Condemned
	case w == "called" || w == "calling" || w == "calls" || w == "call":
		switch d.tok(k + 1).lower {
		case "for":
			typ = graph.Demanded
		case "on":
			typ = graph.Demanded
		default:
			if d.calledCondemnation(k) {
				typ = graph.Condemned
			} else {
				return
			}
		}
	case demandVerbs[w]:
		typ = graph.Demanded
		if determiners[d.tok(k-1).lower] || d.tok(k-1).lower == "its" || d.tok(k-1).lower == "their" {
			return // "its demands": a noun
		}
		if w == "insisted" && d.tok(k+1).lower != "on" {
			return
		}
		if (w == "press" || w == "push" || w == "pressing" || w == "pushing") && !d.verbReading(k) {
			return
		}
	case rejectVerbs[w]:
		typ = graph.Rejected
		if w == "ruled" && d.tok(k+1).lower != "out" {
			return
		}
		if w == "ruled" && d.modalityAt(k+1) == graph.Possible {
			return // "has not ruled out": a possibility, not a rejection
		}
	case offerVerbs[w]:
		typ = graph.Offered
	case agreeVerbs[w]:
		typ = graph.Agreed
	case w == "came" && d.tok(k+1).lower == "to" && d.tok(k+2).lower == "terms":
		typ = graph.Agreed
	case threatenVerbs[w]:
		typ = graph.Threatened
	case (w == "need" || w == "needs" || w == "want" || w == "wants") && d.tok(k+1).lower == "to" && d.tok(k+2).lower == "see":
		typ = graph.Demanded
	case aidNouns[w]:
		d.aidAt(k, si)
		return
	case backVerbs[w]:
		d.backedAt(k, si)
		return
	case (w == "claimed" || w == "claims" || w == "claiming") && d.tok(k+1).lower == "responsibility":
		d.claimedAt(k, si)
		return
	default:
		return
	}
	mod := d.modalityAt(k)
	if w == "must" {
		// "Russia must show ...": the speaker demands it of the subject.
		spk := d.speakerOf(si)
		if sp, e := d.actorAt(max(k-1, 0)); e != nil && spk != nil && sp.hi == k {
			d.addClaim(claim{src: ent(spk), dst: ent(e), typ: graph.Demanded, mod: graph.Asserted, sent: si, conf: 0.5})
		}
		for g := 2; g <= 3 && spk != nil; g++ {
			// "Both sides must now show leadership"
			if k-g >= 0 && d.groupWords(k-g) == g {
				for _, e := range d.lastPair(k - g) {
					d.addClaim(claim{src: ent(spk), dst: ent(e), typ: graph.Demanded, mod: graph.Asserted, sent: si, conf: 0.4})
				}
			}
		}
		return
	}
	if typ == graph.Agreed {
		return // read by findAgreements
	}
	src := d.subjectBefore(k, si)
	if src == nil {
		return
	}
	evs, actors := d.objectsAfter(k)
	conf := 0.6
	switch typ {
	case graph.Demanded, graph.Offered:
		if len(evs) > 0 {
			d.addClaim(claim{src: ent(src), dst: evt(evs[0]), typ: typ, mod: mod, sent: si, conf: conf})
			return
		}
		if len(actors) > 0 && typ == graph.Demanded {
			d.addClaim(claim{src: ent(src), dst: ent(actors[0]), typ: typ, mod: mod, sent: si, conf: 0.5})
		}
	case graph.Rejected:
		if len(evs) > 0 && w != "ruled" {
			return // read by findAgreements
		}
		for _, e := range evs {
			d.addClaim(claim{src: ent(src), dst: evt(e), typ: typ, mod: mod, sent: si, conf: conf})
		}
		if len(evs) == 0 && len(actors) > 0 {
			d.addClaim(claim{src: ent(src), dst: ent(actors[0]), typ: typ, mod: mod, sent: si, conf: 0.5})
		}
	case graph.Threatened:
		if len(actors) > 0 {
			d.addClaim(claim{src: ent(src), dst: ent(actors[0]), typ: typ, mod: mod, sent: si, conf: conf})
		}
	default: // criticism and condemnation: every actor or event named
		if len(actors) > 0 {
			for _, a := range actors {
				d.addClaim(claim{src: ent(src), dst: ent(a), typ: typ, mod: mod, sent: si, conf: conf})
			}
			if w == "accusing" || w == "accused" || w == "accuses" || w == "blamed" {
				return
			}
		}
		if len(evs) > 0 {
			d.addClaim(claim{src: ent(src), dst: evt(evs[0]), typ: typ, mod: mod, sent: si, conf: conf})
		}
	}
}

// verbReading reports whether "press" or "push" at k is a verb: followed
// by an actor or "for"/"to"/"ahead", and not after a determiner.
func (d *doc) verbReading(k int) bool {
	if determiners[d.tok(k-1).lower] {
		return false
	}
	switch d.tok(k + 1).lower {
	case "for", "to", "ahead", "on":
		return true
	}
	_, e := d.actorAt(min(k+1, len(d.toks)-1))
	return e != nil
}

var condemnWords = setOf("terrorism", "terror", "crime", "crimes", "atrocity", "barbaric", "horrific", "unacceptable", "genocide", "massacre", "outrageous", "war")

// calledCondemnation reads "called the attack 'pure terrorism'".
func (d *doc) calledCondemnation(k int) bool {
	_, hi := d.clause(k + 1)
	for j := k + 1; j < min(hi+4, k+10, len(d.toks)); j++ {
		if condemnWords[d.toks[j].lower] {
			return true
		}
	}
	return false
}

// describedAsBlame reads "described the attack as a mistake".
func (d *doc) describedAsBlame(k int) bool {
	for j := k + 1; j < min(k+6, len(d.toks)); j++ {
		if d.toks[j].lower == "as" {
			return true
		}
	}
	return false
}

// aidAt reads "assistance to Ukraine", "weapons to Kyiv".
func (d *doc) aidAt(k, si int) {
	j := k + 1
	for j < len(d.toks) && j < k+4 && d.toks[j].lower != "to" {
		j++
	}
	if d.tok(j).lower != "to" {
		return
	}
	_, dst := d.actorAt(min(j+1, len(d.toks)-1))
	if dst == nil {
		return
	}
	src := d.subjectBefore(k, si)
	if src == nil || src == dst {
		return
	}
	d.addClaim(claim{src: ent(src), dst: ent(dst), typ: graph.Aided, mod: d.modalityAt(k), sent: si, conf: 0.5})
}

var backVerbs = setOf("backed", "supported", "armed", "funded", "sponsored", "financed")

// backedAt reads "M23 rebels backed by Rwanda" and "Iran-backed Houthis":
// the backer aids the backed.
func (d *doc) backedAt(k, si int) {
	var src, dst *entity
	switch {
	case d.tok(k+1).lower == "by":
		_, src = d.actorAt(min(k+2, len(d.toks)-1))
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			if sp, e := d.actorAt(j); e != nil {
				dst = e
				break
			} else if sp != nil {
				j = sp.lo
			}
		}
	case d.tok(k-1).text == "-" && !d.tok(k-1).space:
		_, src = d.actorAt(max(k-2, 0))
		for j := k + 1; j < len(d.toks) && j <= k+3; j++ {
			if _, e := d.actorAt(j); e != nil {
				dst = e
				break
			}
		}
	}
	if src != nil && dst != nil && src != dst {
		d.addClaim(claim{src: ent(src), dst: ent(dst), typ: graph.Aided, mod: d.modalityAt(k), sent: si, conf: 0.6})
	}
}

// claimedAt reads "X claimed responsibility (for the attack)": X carried out
// the latest attack.
func (d *doc) claimedAt(k, si int) {
	src := d.subjectBefore(k, si)
	if src == nil {
		return
	}
	for i := d.evStart[si+1] - 1; i >= 0 && i >= d.evStart[si+1]-30; i-- {
		if m := d.evs[i]; m.typ == graph.Attack && m.ev != nil && m.lo < k {
			d.addClaim(claim{src: ent(src), dst: evt(m.ev), typ: graph.Perpetrated, mod: graph.Asserted, sent: si, conf: 0.7})
			if m.ev.perp == nil {
				m.ev.perp = src
				m.ev.parts = appendUnique(m.ev.parts, src)
			}
			return
		}
	}
}

// conditionRelations: "A ... only if B" makes A conditioned on B.
func (d *doc) conditionRelations(si int) {
	s := d.sents[si]
	for k := s.lo; k < s.hi; k++ {
		w := d.toks[k].lower
		if !(w == "if" && d.tok(k-1).lower == "only" || w == "provided" || w == "unless" ||
			w == "as" && d.tok(k+1).lower == "long" && d.tok(k+2).lower == "as" || w == "condition" && d.tok(k-1).lower == "on") {
			continue
		}
		var before, after *event
		for _, m := range d.sentMentions(si) {
			if m.ev == nil {
				continue
			}
			if m.lo < k {
				before = m.ev
			} else if after == nil {
				after = m.ev
			}
		}
		if before != nil && after != nil && before != after {
			d.addClaim(claim{src: evt(before), dst: evt(after), typ: graph.ConditionedOn, mod: graph.Asserted, sent: si, conf: 0.6})
		}
		return
	}
}
