package extract

// pastSubject reports whether a noun mention is the subject of a verb in
// the past right after it: "as air strikes killed nine people" tells the
// strikes as done on the day the sentence names, as "launched air
// strikes" would. "The talks had ended" and a speech verb ("the
// statement said") tell no act of that day.
func (d *doc) pastSubject(m *eventMention) bool {
	if m.verb || m.hi >= len(d.toks) {
		return false
	}
	w := d.toks[m.hi]
	if w.kind != tokWord || w.cap || claimVerbs[w.lower] || speechVerbs[w.lower] {
		return false
	}
	return isPastForm(w.lower)
}
