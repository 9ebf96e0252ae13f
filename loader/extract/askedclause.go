package extract

import "strings"

// asksNext reports whether token j opens a clause of asking joined to the
// one before: "(and) urged X", "(, ) calling on X". Who is asked there is
// addressed, not a party to what the clause before told.
func (d *doc) asksNext(j int) bool {
	t := d.tok(j)
	return askVerbs[t.lower] && !t.cap && (strings.HasSuffix(t.lower, "ed") || strings.HasSuffix(t.lower, "ing"))
}
