package extract

import "github.com/geokg/geokg/graph"

// roleWords name a part taken in a deed: "denied any involvement",
// "denied any role in the abduction", "denied that it was involved".
var roleWords = setOf("involvement", "involved", "role", "responsibility", "complicity")

// deniedAttackRole reads "X denied any involvement" after an attack: X is
// named as its perpetrator, denied. The attack is the one the denial names
// ("denied any role in the bombing") or the latest one told in the sentences
// just before. A denial of a role in an event of another kind ("denied any
// role in the vote-rigging") is no attack's, and a person's denial is his
// own, not a perpetrator's.
func (d *doc) deniedAttackRole(k, si int) bool {
	_, chi := d.clause(k)
	role := -1
	for j := k + 1; j < chi && j <= k+8; j++ {
		if t := d.toks[j]; t.text == "," || d.trigAt[j] {
			break
		}
		if roleWords[d.toks[j].lower] {
			role = j
			break
		}
	}
	if role < 0 {
		return false
	}
	src := d.denier(k, si)
	if src == nil || src.typ == graph.Person || src.media {
		return false
	}
	var target *eventMention
	for i := d.evStart[si+1] - 1; i >= 0 && d.evs[i].sent >= si-3; i-- {
		m := d.evs[i]
		if m.ev == nil {
			continue
		}
		if m.sent == si && m.lo > role {
			if m.typ != graph.Attack {
				return false // "denied any role in the vote-rigging"
			}
			target = m
			continue // the nearest named after the role word
		}
		if target != nil {
			break
		}
		if m.typ == graph.Attack && m.mod == graph.Asserted && m.lo < k {
			target = m
			break
		}
	}
	if target == nil {
		return false
	}
	d.addClaim(claim{src: ent(src), dst: evt(target.ev), typ: graph.Perpetrated, mod: graph.Denied, sent: si, conf: 0.6})
	return true
}

// denier returns who denies at k: a body told before by its kind ("The
// group denied ...", "the movement denies ...") or the verb's subject.
func (d *doc) denier(k, si int) *entity {
	lo, _ := d.clause(k)
	if d.tok(k-2).lower == "the" && k-2 >= lo {
		if head := d.tok(k - 1).lower; sideHeads[head] || ownForces[head] {
			return d.bodyRef(head, k-2)
		}
	}
	return d.subjectBefore(k, si)
}
