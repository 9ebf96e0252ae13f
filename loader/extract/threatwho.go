package extract

// relativeWarner returns the antecedent of a relative clause whose speech
// verb is the last one before k in sentence si: in "X told reporters that
// Y had protested the remarks of Z, who warned that Y would pay a heavy
// price", Z warns, not X. It returns nil when no such clause holds k.
func (d *doc) relativeWarner(k, si int) *entity {
	lo := d.sents[si].lo
	for j := k - 1; j > lo+2; j-- {
		if !speechVerbs[d.toks[j].lower] && !threatenVerbs[d.toks[j].lower] {
			continue
		}
		if d.toks[j-1].lower != "who" || d.toks[j-2].text != "," {
			return nil
		}
		if sp, e := d.actorAt(j - 3); e != nil && sp.hi == j-2 {
			return e
		}
		return nil
	}
	return nil
}
