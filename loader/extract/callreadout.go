package extract

// callReadout reports whether statement m is a readout given of a call its
// own sentence names: "in its readout of the call, the Kremlin said …",
// "during the call, Xi told Trump …, according to the ministry's readout".
// Such a readout is the record of the call, which is the event; a
// statement that only reports a meeting is no event of its own.
func (d *doc) callReadout(m *eventMention) bool {
	if m.verb || d.toks[m.hi-1].lower != "readout" {
		return false
	}
	s := d.sents[m.sent]
	return d.wordBetween(s.lo, s.hi, callWords)
}
