package extract

// textBody returns the body whose voted text is the subject of the ask at
// k: after "the board passed a resolution censuring Iran", "The text calls
// on Iran to grant access" is the board's demand. The sentence must open
// with the text ("The resolution", "The draft text") and the ask must be
// its verb, next to it or joined by "and" to a verb it heads; a text that
// was vetoed demands nothing of anyone, so a veto told with the vote
// leaves the ask untold. It returns nil otherwise.
func (d *doc) textBody(k, si int) *entity {
	s := d.sents[si]
	j := s.lo
	if d.tok(j).lower != "the" {
		return nil
	}
	j++
	for n := 0; n < 2 && j < k && !resolutionTexts[d.tok(j).lower] && !d.tok(j).cap && d.tok(j).kind == tokWord; n++ {
		j++ // "the final text", "the draft resolution"
	}
	for j+1 < k && resolutionTexts[d.tok(j+1).lower] {
		j++ // "the draft resolution"
	}
	if j >= k || !resolutionTexts[d.tok(j).lower] {
		return nil
	}
	near := true
	for i := j + 1; i < k; i++ {
		if !d.auxOrAdverb(i) {
			near = false
			break
		}
	}
	if !near && d.tok(k-1).lower != "and" && !(d.tok(k-1).lower == "also" && d.tok(k-2).lower == "and") {
		return nil
	}
	var vote *eventMention
	for _, m := range d.evs {
		if m.body != nil && m.sent < si && m.sent >= si-4 && (vote == nil || m.lo > vote.lo) {
			vote = m
		}
	}
	if vote == nil || d.wordBetween(d.sents[vote.sent].lo, d.sents[vote.sent].hi, vetoWords) {
		return nil
	}
	return vote.body
}
