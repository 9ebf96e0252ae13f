package extract

import "github.com/geokg/geokg/graph"

// clockPhrases name a time of day without a day: "around midday", "at
// dawn". Near the top of a report they fall on the day the lede covers.
var clockPhrases = [][]string{
	{"around", "midday"}, {"at", "midday"}, {"around", "noon"}, {"at", "noon"}, {"at", "dawn"},
	{"before", "dawn"}, {"at", "dusk"}, {"around", "midnight"}, {"early", "morning"},
	{"in", "the", "morning"}, {"in", "the", "afternoon"}, {"in", "the", "evening"},
}

// ledeClockDates dates the undated events of the lede's paragraph and the
// one after it when their sentence gives only a time of day ("Heavy
// gunfire was heard near the palace around midday"): wire copy tells the
// day once and the hours after it.
func (d *doc) ledeClockDates() {
	lede := d.pastLedeDate()
	if lede == nil {
		return
	}
	para := d.sents[lede.sent].para
	dated := make(map[int]bool, len(d.dates))
	for i := range d.dates {
		dated[d.dates[i].sent] = true
	}
	for _, m := range d.evs {
		if m.date != nil || m.mod != graph.Asserted || m.sent <= lede.sent || dated[m.sent] {
			continue
		}
		if p := d.sents[m.sent].para; p != para && p != para+1 {
			continue
		}
		if d.earlierTense(m) || d.perfectBefore(m) || !d.clockIn(m.sent) {
			continue
		}
		m.date = lede
	}
}

// clockIn reports whether sentence si holds one of clockPhrases.
func (d *doc) clockIn(si int) bool {
	s := d.sents[si]
	for k := s.lo; k < s.hi; k++ {
		if d.phraseAt(k, s.hi, clockPhrases) {
			return true
		}
	}
	return false
}

// phraseAt reports whether one of phrases, word by word in lower case,
// starts at k and ends by hi.
func (d *doc) phraseAt(k, hi int, phrases [][]string) bool {
next:
	for _, p := range phrases {
		for i, w := range p {
			if k+i >= hi || d.toks[k+i].lower != w {
				continue next
			}
		}
		return true
	}
	return false
}
