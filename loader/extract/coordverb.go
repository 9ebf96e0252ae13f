package extract

// coordinatedVerb reports whether the verb at k opens a predicate joined to
// an earlier one by "and" or a comma ("denied the report and accused ...",
// "..., accusing ..."), so a negation of the earlier verb is not its own.
func (d *doc) coordinatedVerb(k int) bool {
	j := k - 1
	if w := d.tok(j).lower; w == "also" || w == "then" || w == "later" {
		j--
	}
	w := d.tok(j).lower
	return w == "and" || w == ","
}
