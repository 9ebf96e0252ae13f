package extract

import "strings"

// A condition that an event end puts the end, not the event, on the
// table: "but only if attacks on civilians stopped" asks for no attack.
// undoneAfter reads a copula and the verb right after the event ("the
// tariffs were lifted"); here the event's own words may stand between.

// stoppedLater reports whether the verb that the event named at m is the
// subject of, past the words that qualify it, undoes it: "attacks on
// civilians and security forces stopped", "the shelling of the city ends".
func (d *doc) stoppedLater(m *eventMention) bool {
	_, hi := d.clause(m.lo)
	for j := m.hi; j < hi && j < m.hi+8; j++ {
		t := d.toks[j]
		if t.text == "," || d.trigAt[j] || t.lower == "that" || t.lower == "which" || t.lower == "who" {
			return false
		}
		if undoVerbs[t.lower] && (strings.HasSuffix(t.lower, "ed") || strings.HasSuffix(t.lower, "s")) && !prepositions[d.tok(j-1).lower] {
			return j > m.hi // right after the event the verb is left to undoneAfter
		}
	}
	return false
}
