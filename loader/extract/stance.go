package extract

import "github.com/geokg/geokg/graph"

// listAfter returns the first actor after predicate k in its clause with
// the actors listed alongside it ("called for reform of the Security
// Council, the IMF and the World Bank"): names joined only by commas,
// "and" and "the".
func (d *doc) listAfter(k int) []*entity {
	_, hi := d.clause(k)
	var out []*entity
	for j, sp := range d.walk(k+1, hi) {
		if sp == nil {
			if len(out) == 0 {
				continue
			}
			switch d.toks[j].lower {
			case ",", "and", "the":
				continue
			}
			return out
		}
		e := actorOf(sp)
		if e == nil || d.isModifierActor(sp) || d.isSpeaker(sp) {
			if len(out) > 0 {
				return out
			}
			continue
		}
		if len(out) > 0 && d.tok(sp.hi).lower == "'s" {
			return out // "the IMF and Russia's central bank": an owner, not a third party
		}
		out = appendUnique(out, e)
	}
	return out
}

// suspendVerbs shut a member out of a body: a sanction on the member.
var suspendVerbs = setOf("suspended", "suspends", "suspend", "suspending", "expelled", "expels", "expel", "expelling")

// suspendedAt reads "the AU suspended Mali from all its activities" and
// "Mali was suspended from the bloc" as SANCTIONED by the body.
func (d *doc) suspendedAt(k, si int) {
	mod := d.modalityAt(k)
	if sp, e := d.actorAt(min(k+1, len(d.toks)-1)); e != nil && e.typ != graph.Person && d.tok(sp.hi).lower == "from" {
		if src := d.subjectBefore(k, si); src != nil && src != e {
			d.addClaim(claim{src: ent(src), dst: ent(e), typ: graph.Sanctioned, mod: mod, sent: si, conf: 0.55})
		}
		return
	}
	if d.tok(k+1).lower != "from" {
		return
	}
	j := k - 1
	if d.tok(j).lower == "been" {
		j--
	}
	if w := d.tok(j).lower; w != "was" && w != "were" && w != "is" && w != "are" && w != "has" && w != "have" {
		return
	}
	b := d.pastThe(k + 2)
	_, body := d.actorAt(min(b, len(d.toks)-1))
	if body == nil || body.typ != graph.Organization {
		return
	}
	if member := d.subjectBefore(j, si); member != nil && member != body && member.typ != graph.Person {
		d.addClaim(claim{src: ent(body), dst: ent(member), typ: graph.Sanctioned, mod: mod, sent: si, conf: 0.5})
	}
}

// concernWords voice disapproval when said strongly: "deeply concerned",
// "grave concern".
var (
	concernWords    = setOf("concerned", "concern", "alarmed", "dismayed", "disappointed", "troubled")
	concernStrength = setOf("deeply", "gravely", "seriously", "extremely", "very", "serious", "grave", "deep", "profound",
		"strong", "strongly")
)

// concernAt reads a strong concern at k as criticism by the subject: of
// what it is concerned by ("deeply concerned by his threats"), else of the
// latest event told when the concern is only addressed to someone
// ("conveyed its serious concern to Beijing").
func (d *doc) concernAt(k, si int) {
	j := k - 1
	if isQuote(d.tok(j).text) {
		j--
	}
	if !concernStrength[d.tok(j).lower] {
		return
	}
	if d.toks[k].lower == "concern" && d.tok(k+1).lower == "that" {
		return // "grave concern that prices may rise": a worry, not a stance
	}
	src := d.subjectBefore(j, si)
	if src == nil {
		return
	}
	mod := d.modalityAt(k)
	add := func(dst nodeRef) {
		d.addClaim(claim{src: ent(src), dst: dst, typ: graph.Criticized, mod: mod, sent: si, conf: 0.45})
	}
	_, hi := d.clause(k)
	n := k + 1
	if isQuote(d.tok(n).text) {
		n++
	}
	switch d.tok(n).lower {
	case "by", "about", "over", "at", "with":
		for p, sp := range d.walk(n+1, min(hi, n+8)) {
			if m := d.evAt[p]; m != nil && m.ev != nil {
				add(evt(m.ev))
				return
			}
			w := d.toks[p].lower
			if w == "his" || w == "her" {
				if e := d.lastPerson(p); e != nil && e != src {
					add(ent(e))
				}
				return
			}
			if e := actorOf(sp); e != nil {
				if e != src && !d.isModifierActor(sp) {
					add(ent(e))
				}
				return
			}
		}
	case "to", ",", ".":
		if e := d.latestEvent(k); e != nil && e.mod == graph.Asserted {
			add(evt(e))
		}
	}
}

// memberNouns before "of" name people acting for the body that follows.
var memberNouns = setOf("officers", "members", "soldiers", "troops", "forces", "agents", "officials", "units", "fighters")

// memberOf reports whether the "of" at j joins members to their body:
// "accused officers of the National Police of using force" accuses the
// police; the charge follows a later "of".
func (d *doc) memberOf(j int) bool {
	if !memberNouns[d.tok(j-1).lower] {
		return false
	}
	n := d.pastThe(j + 1)
	_, e := d.actorAt(min(n, len(d.toks)-1))
	return e != nil && e.typ == graph.Organization
}

// namesBody reports whether a state's name only opens the name of a body
// written right after it: "the Kenya National Commission on Human Rights".
func (d *doc) namesBody(sp *span) bool {
	if sp.ent == nil || sp.ent.typ != graph.Country || sp.hi >= len(d.toks) || d.spanAt[sp.hi] == 0 {
		return false
	}
	next := d.spans[d.spanAt[sp.hi]-1]
	return next.ent != nil && next.ent.typ == graph.Organization && d.toks[sp.hi].cap
}
