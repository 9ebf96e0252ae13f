package extract

// whatCalledAt reports whether the verb at k names rather than calls:
// "what he called foreign-backed mercenaries", "what the ministry called
// an act of piracy". "what" opens the clause, and only its subject stands
// between: a pronoun, a few subject words or one name.
func (d *doc) whatCalledAt(k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		w := d.toks[j].lower
		switch {
		case w == "what":
			return j < k-1
		case whatSubjectWords[w]:
		case d.spanAt[j] != 0:
			j = d.spans[d.spanAt[j]-1].lo
		default:
			return false
		}
	}
	return false
}
