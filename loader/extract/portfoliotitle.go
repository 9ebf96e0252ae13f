package extract

// portfolioRunAt returns the length of the capitalised portfolio words that
// open a title at j, "Steel Minister", "Mines and Energy Minister". roleAt
// asks only where the role lexicon finds nothing at j, and keeps the run
// only when a role word follows it, so a bare "Public Works" stays no
// title. Words inside a name are the name's, not a portfolio.
func (d *doc) portfolioRunAt(j, hi int) int {
	k := j
	for ; k < hi; k++ {
		t := d.toks[k]
		word := t.cap && portfolioWords[t.lower] && d.spanAt[k] == 0
		joint := k > j && (t.lower == "and" || t.text == "&") && k+1 < hi && d.toks[k+1].cap && portfolioWords[d.toks[k+1].lower]
		if !word && !joint {
			break
		}
	}
	return k - j
}
