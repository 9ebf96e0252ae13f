package extract

// relativeSubject returns the name a non-restrictive relative clause
// hangs on when the verb at k opens that clause: in "according to the
// Doctors Network, which blamed the RSF" or "..., said the governor, who
// accused the rebels of ..." the network and the governor act, though the
// name stands as the object of what comes before; nil otherwise.
func (d *doc) relativeSubject(k int) *entity {
	j := k - 1
	for j > 0 && relativeAdverbs[d.toks[j].lower] {
		j-- // "which has also blamed"
	}
	if w := d.tok(j).lower; w != "which" && w != "who" || d.tok(j-1).text != "," {
		return nil
	}
	if sp, e := d.actorAt(j - 2); e != nil && sp.hi == j-1 {
		return e // the name stands right before the comma
	}
	return nil
}

// relativeClauseEnd returns where a non-restrictive relative clause
// holding the trigger at [lo, hi) closes: the comma that hands back to the
// main verb ("Reyes, who visited Lima in March, accused Chile"); 0
// when the trigger stands in no such clause.
func (d *doc) relativeClauseEnd(lo, hi int) int {
	s := d.sents[d.sentOf[lo]]
	k := lo - 1
	for k > s.lo && k >= lo-8 && d.relativeStart(k, s.lo) < 0 {
		if d.toks[k].text == "," || d.isBreak(k) {
			return 0
		}
		k--
	}
	if k <= s.lo || k < lo-8 || d.relativeStart(k, s.lo) < 0 {
		return 0
	}
	for j := hi; j < s.hi && j < hi+12; j++ {
		if d.toks[j].text != "," {
			continue
		}
		if v := d.tok(j + 1); v.kind == tokWord && !v.cap && (isPastForm(v.lower) || speechVerbs[v.lower] || auxWords[v.lower]) {
			return j
		}
		return 0
	}
	return 0
}
