package extract

// ownedMention returns the mention of the event a day phrase owns:
// "Sunday's election", "Monday's disputed vote". Such a day is that
// event's, whatever else its sentence tells; nil when the phrase owns no
// event noun.
func (d *doc) ownedMention(de *dateExpr) *eventMention {
	if de.bound {
		return nil
	}
	k := d.possessiveNoun(de)
	if k < 0 {
		return nil
	}
	for _, m := range d.sentMentions(de.sent) {
		if m.lo > de.hi && m.lo <= k && k < m.hi {
			return m // "Sunday's presidential election"
		}
	}
	return nil
}

// ownedDates gives each event named with a day that owns it ("a slow count
// from Sunday's election") that day, before assignDates hands the other
// time phrases of the sentence to their nearest event: "blocked roads on
// Tuesday as a count from Sunday's election dragged on" dates the blockade
// Tuesday, not the election.
func (d *doc) ownedDates() {
	for i := range d.dates {
		de := &d.dates[i]
		if m := d.ownedMention(de); m != nil && m.date == nil {
			m.date = de
		}
	}
}

// dayOwned reports whether the mention's date is a day phrase that owns it.
func (d *doc) dayOwned(m *eventMention) bool {
	return m.date != nil && d.ownedMention(m.date) == m
}
