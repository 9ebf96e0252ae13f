package extract

import "github.com/geokg/geokg/graph"

// ballotDates dates what a sentence tells of the voting day by the day of
// the election told before: "Voting was marred by violence in the north,
// where gunmen attacked a polling station" puts the attack on the day of
// the vote. Only a sentence with no time phrase of its own that opens on
// the voting in the past ("Voting was", "The vote was") lends the day, and
// only to asserted events with none.
func (d *doc) ballotDates() {
	for si, s := range d.sents {
		if !d.opensOnVoting(s.lo) || d.sentHasDate(si) {
			continue
		}
		var poll *graph.Date
		for _, e := range d.events {
			if e.typ == graph.Election && e.mod == graph.Asserted && e.date != nil && e.date.Precision == graph.Day && d.toldWithin(e, 0, si) {
				poll = e.date
			}
		}
		if poll == nil {
			continue
		}
		for _, m := range d.sentMentions(si) {
			if m.ev != nil && m.ev.date == nil && m.typ != graph.Election && m.mod == graph.Asserted && m.ev.mod == graph.Asserted {
				day := *poll
				m.ev.date = &day
			}
		}
	}
}

// opensOnVoting reports whether the sentence at lo opens on the voting of
// an election, told in the past: "Voting was", "Polling was", "The vote
// was".
func (d *doc) opensOnVoting(lo int) bool {
	k := lo
	switch w := d.tok(k).lower; w {
	case "voting", "polling":
		k++
	case "the":
		if typ, ok := d.recallType(k + 1); !ok || typ != graph.Election {
			return false
		}
		k += 2
	default:
		return false
	}
	return d.tok(k).lower == "was"
}

// sentHasDate reports whether sentence si holds a time phrase.
func (d *doc) sentHasDate(si int) bool {
	for i := range d.dates {
		if d.dates[i].sent == si {
			return true
		}
	}
	return false
}
