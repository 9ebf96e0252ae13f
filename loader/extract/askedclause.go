package extract

import "strings"

// asksNext reports whether token j opens a clause of asking joined to the
// one before by "and" or a comma: "and urged X", ", calling on X". Only a
// lower-case past or -ing form counts: "calls" and "call" are as often
// nouns ("and calls for calm"). Who is asked is addressed, not a party to
// what the clause before told.
func (d *doc) asksNext(j int) bool {
	t := d.tok(j)
	return askVerbs[t.lower] && !t.cap && (strings.HasSuffix(t.lower, "ed") || strings.HasSuffix(t.lower, "ing"))
}
