package extract

// retellVerbs take an event already told as their object: the day a
// sentence gives to "announced the truce on Monday" is the announcing's,
// not the truce's. Verbs that make the event ("signed", "ordered") are
// left out: their day is the event's own.
var retellVerbs = setOf("announced", "announces", "confirmed", "confirms", "condemned", "condemns", "denounced",
	"denounces", "welcomed", "welcomes", "hailed", "hails", "praised", "praises", "criticised", "criticized",
	"criticises", "criticizes", "rejected", "rejects", "dismissed", "dismisses", "deplored", "deplores")

// reportedObject reports whether a definite event noun is the object of a
// verb that reports or judges it: "welcomed the ceasefire".
func (d *doc) reportedObject(m *eventMention) bool {
	if m.verb {
		return false
	}
	switch d.tok(m.lo - 1).lower {
	case "the", "this", "that":
		return retellVerbs[d.tok(m.lo-2).lower]
	}
	return false
}

// reportedAntecedent returns the event a definite, reported mention with a
// day of its own retells, when that day is all that kept them apart; the
// mention then gives up the day, which is the report's.
func (d *doc) reportedAntecedent(m *eventMention) *event {
	if m.date == nil || !d.reportedObject(m) {
		return nil
	}
	day := m.date
	m.date = nil
	into := d.antecedent(m, true)
	if into == nil {
		into = d.antecedent(m, false)
	}
	if into == nil || d.yearsClash(into, m) {
		m.date = day
		return nil
	}
	return into
}
