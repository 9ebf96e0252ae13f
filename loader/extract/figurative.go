package extract

// figurativeObjects are what one "strikes" without a blow: "struck a
// softer tone", "struck a chord with voters", "struck a balance".
var figurativeObjects = setOf("tone", "note", "chord", "balance", "pose", "nerve", "posture", "stance", "figure")

// figurativeStrike reports whether "struck", ending at hi, takes a
// figurative object within its short noun phrase: "struck a more conciliatory tone".
func (d *doc) figurativeStrike(hi int) bool {
	for j := hi; j < len(d.toks) && j < hi+5; j++ {
		t := d.toks[j]
		if figurativeObjects[t.lower] {
			return true
		}
		if t.kind != tokWord || t.cap {
			return false
		}
		if _, n := d.lex.triggers.longest(d.toks, j, len(d.toks)); n > 0 {
			return false // "struck a convoy": a target, not a manner
		}
	}
	return false
}

// hyphenPrefix reports whether the word ending at hi is the first half of a
// hyphenated modifier: "post-election crisis", where "post" is no posting.
func (d *doc) hyphenPrefix(hi int) bool {
	h, n := d.tok(hi), d.tok(hi+1)
	return h.text == "-" && !h.space && n.kind == tokWord && !n.space
}
