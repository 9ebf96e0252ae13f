package extract

// capitalPair reports whether the capital span i is joined by a hyphen or
// dash to another capital: "the Belgrade-Pristina dialogue", "Moscow–Beijing
// ties". Such a pair names the two states as parties, never two places.
func (d *doc) capitalPair(i int) bool {
	sp := &d.spans[i]
	if isDashText(d.tok(sp.hi).text) {
		if o, ok := d.spanEntity(sp.hi + 1); ok && o.lo == sp.hi+1 && isCapitalSpan(o) {
			return true
		}
	}
	if isDashText(d.tok(sp.lo - 1).text) {
		if o, ok := d.spanEntity(sp.lo - 2); ok && o.hi == sp.lo-1 && isCapitalSpan(o) {
			return true
		}
	}
	return false
}

func isDashText(s string) bool { return s == "-" || s == "–" || s == "—" }

func isCapitalSpan(o *span) bool {
	return o.kind == spanGaz && len(o.gaz) > 0 && o.gaz[0].form == formCapital
}
