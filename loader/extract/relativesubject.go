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
