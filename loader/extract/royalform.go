package extract

// royalTitles are titles a monarch's name is cited with: news writes
// "King Abdullah II" or "Emir Tamim" as the name itself, more than a role
// before it.
var royalTitles = setOf("king", "queen", "emir", "sultan", "prince", "princess")

// royalForm returns the person's name at span i with the royal title
// written just before it, "King Mohammed VI", "Crown Prince Salman", or ""
// when no such title precedes it.
func (d *doc) royalForm(i int) string {
	sp := &d.spans[i]
	k := sp.lo - 1
	if i == 0 || d.spans[i-1].kind != spanRole || d.spans[i-1].hi != sp.lo || !royalTitles[d.tok(k).lower] || !d.tok(k).cap {
		return ""
	}
	if d.tok(k-1).lower == "crown" && d.tok(k-1).cap {
		k--
	}
	return d.spanText(k, sp.hi)
}
