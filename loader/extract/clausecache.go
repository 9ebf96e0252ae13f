package extract

// The clause and modality scopes are asked of the same tokens by many
// rules; what depends on the tokens alone is worked out once per token or
// sentence here.

// clauseSpan is a kept clause; hi is 0 until it is worked out, as no
// clause ends at 0.
type clauseSpan struct{ lo, hi int32 }

// clause returns the bounds [lo, hi) of the clause around token p.
func (d *doc) clause(p int) (int, int) {
	if p < 0 || p >= len(d.toks) {
		p = max(0, min(p, len(d.toks)))
		return p, p // past the text's edge, as a rule's k+1 may ask: no clause
	}
	if len(d.clauses) != len(d.toks) {
		d.clauses = make([]clauseSpan, len(d.toks))
	}
	if c := d.clauses[p]; c.hi != 0 {
		return int(c.lo), int(c.hi)
	}
	lo, hi := d.clauseAt(p)
	d.clauses[p] = clauseSpan{int32(lo), int32(hi)}
	return lo, hi
}

// isBreak reports whether token k ends a clause.
func (d *doc) isBreak(k int) bool {
	if k < 0 || k >= len(d.toks) {
		return true // the text's edges end every clause
	}
	if len(d.breaks) != len(d.toks) {
		d.breaks = make([]bool, len(d.toks))
		for i := range d.toks {
			d.breaks[i] = d.breakAt(i)
		}
	}
	return d.breaks[k]
}

// conditionCues returns, in order, the tokens of sentence si that may open
// a condition ("if", "as long as", "depends on"); modalityAt decides which
// do.
func (d *doc) conditionCues(si int32) []int32 {
	if len(d.condCues) != len(d.sents) {
		d.condCues = make([][]int32, len(d.sents))
		for i, s := range d.sents {
			for k := s.lo; k < s.hi; k++ {
				w := d.toks[k].lower
				if conditionMarkers[w] || w == "as" && d.tok(k+1).lower == "long" || w == "on" && d.tok(k+1).lower == "condition" || dependWords[w] || w == "once" {
					d.condCues[i] = append(d.condCues[i], int32(k))
				}
			}
		}
	}
	return d.condCues[si]
}
