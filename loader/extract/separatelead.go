package extract

// separateLead reports whether the sentence of m opens with a phrase that
// tells a new story: "In a separate incident, a drone struck ...",
// "Separately, ..." or "Elsewhere, ...". The trigger then sits too far
// from the word for the look-back of marksNew.
func (d *doc) separateLead(m *eventMention) bool {
	s := d.sents[m.sent]
	k := s.lo
	for k < m.lo && (d.toks[k].kind != tokWord || d.toks[k].lower == "and" || d.toks[k].lower == "but") {
		k++ // a quote mark or "And" before the opening phrase
	}
	switch d.tok(k).lower {
	case "separately", "elsewhere":
		return d.tok(k+1).text == "," && k+1 < m.lo
	case "in":
	default:
		return false
	}
	if w := d.tok(k + 1).lower; w != "a" && w != "another" {
		return false
	}
	j := k + 2
	if w := d.tok(j).lower; w != "separate" && w != "second" && w != "further" && w != "different" {
		return false // "in a related development" goes on with the same story
	}
	for j++; j < m.lo && j < k+7; j++ {
		if d.toks[j].text == "," {
			return true
		}
	}
	return false
}
