package extract

// listAfter returns the first actor after predicate k in its clause with
// the actors listed alongside it ("called for reform of the Security
// Council, the IMF and the World Bank"): names joined only by commas,
// "and" and "the".
func (d *doc) listAfter(k int) []*entity {
	_, hi := d.clause(k)
	var out []*entity
	for j := k + 1; j < hi; j++ {
		sp, e := d.actorAt(j)
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
		if e == nil || d.isModifierActor(sp) || d.isSpeaker(sp) {
			if len(out) > 0 {
				return out
			}
			j = sp.hi - 1
			continue
		}
		if len(out) > 0 && d.tok(sp.hi).lower == "'s" {
			return out // "the IMF and Russia's central bank": an owner, not a third party
		}
		out = appendUnique(out, e)
		j = sp.hi - 1
	}
	return out
}
