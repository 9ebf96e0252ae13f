package extract

// portfolioRunAt returns the length of the capitalised portfolio words that
// open a title at j, "Steel Minister", "Mines and Energy Minister", when no
// role list holds them. It counts only words the lexicon leaves out, and
// roleAt keeps them only when a role word follows, so a bare "Public Works"
// stays no title.
func (d *doc) portfolioRunAt(j, hi int) int {
	k := j
	for k < hi {
		t := d.toks[k]
		switch {
		case t.cap && portfolioWords[t.lower] && d.spanAt[k] == 0:
			k++
			continue
		case k > j && (t.lower == "and" || t.text == "&") && k+1 < hi && d.toks[k+1].cap && portfolioWords[d.toks[k+1].lower]:
			k++
			continue
		}
		break
	}
	return k - j
}
