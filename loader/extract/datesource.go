package extract

// sourceVerbs put out a document: the day after them is the document's.
var sourceVerbs = setOf("released", "published", "issued", "posted", "compiled")

// sourceDate reports whether a time phrase dates the source a report is
// told "according to": "won the vote, according to results released on
// Wednesday" gives the results' day, not the vote's.
func (d *doc) sourceDate(de *dateExpr) bool {
	k := de.lo - 1
	if d.tok(k).lower == "on" {
		k--
	}
	if !sourceVerbs[d.tok(k).lower] {
		return false
	}
	lo, _ := d.clause(k)
	for j := k - 1; j > lo && j >= k-6; j-- {
		if d.toks[j].lower == "to" && d.toks[j-1].lower == "according" {
			return true
		}
	}
	return false
}
