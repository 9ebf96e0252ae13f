package extract

// joinedPieces counts the tokens in [lo, hi) that a hyphen joins to the
// word before them ("face-to-face" is one word in five tokens), so that a
// window measured in words can widen by that many tokens.
func (d *doc) joinedPieces(lo, hi int) int {
	n := 0
	for j := max(lo, 1); j < hi && j < len(d.toks); j++ {
		if t := d.toks[j]; !t.space && (t.text == "-" || d.toks[j-1].text == "-" && !d.toks[j-1].space) {
			n++
		}
	}
	return n
}

// wordBeforeQuote returns the lowered word before token lo, looking past a scare
// quotation that ends just before it: in `an "all-for-all" exchange` the
// word before "exchange" that decides its reading is "an".
func (d *doc) wordBeforeQuote(lo int) string {
	q := lo - 1
	if q < 1 || !isQuote(d.toks[q].text) || !d.scareQuote(q) {
		return d.tok(lo - 1).lower
	}
	lim := q - 6 - d.joinedPieces(max(q-14, 0), q)
	for j := q - 1; j > 0 && j >= lim; j-- {
		if isQuote(d.toks[j].text) {
			return d.tok(j - 1).lower
		}
	}
	return d.tok(lo - 1).lower
}
