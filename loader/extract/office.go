package extract

import "github.com/geokg/geokg/graph"

// Two acts of one person that wire copy tells by a verb phrase alone: a
// leader who "takes office" on a set day (the inauguration analysts track,
// as they do a swearing-in), and a speaker asked to retract, or refusing to
// retract, remarks that started a row.

// remarkWords are what a speaker retracts or withdraws: "retract her
// remarks", "withdraw the comments".
var remarkWords = setOf("remarks", "remark", "comments", "comment", "statement", "statements", "words", "claim",
	"claims", "accusation", "accusations", "allegation", "allegations", "post", "posts")

// retractVerbs take a speaker as their doer, like the verbs of a withdrawal.
var retractVerbs = setOf("retract", "retracts", "retracted")

// officeTimeWords open a time clause: "since Lee took office", "once a new
// government takes office" date something else, they are not news.
var officeTimeWords = setOf("since", "after", "before", "when", "once", "until", "while", "as")

// officeFits decides "take office" and the retraction words; handled is
// false for a word it does not decide.
func (d *doc) officeFits(lo, hi int, w string) (fits, handled bool) {
	switch w {
	case "take office": // w is a verb's base
		if d.sentWordWithin(lo, 8, officeTimeWords) {
			return false, true
		}
		// A person takes office on a day; "the new cabinet takes office"
		// is told by its appointment.
		e := d.clauseSubject(lo)
		return e != nil && e.typ == graph.Person, true
	case "retract":
		return d.wordAfter(hi, 4, remarkWords), true
	case "retraction":
		return d.tok(hi).lower == "of" && d.wordAfter(hi+1, 4, remarkWords), true
	}
	return false, false
}

// remarksWithdrawn reports whether the withdraw verb ending before hi takes
// remarks as its object: "refused to withdraw the remarks".
func (d *doc) remarksWithdrawn(hi int) bool {
	return d.tok(hi).lower != "from" && d.wordAfter(hi, 3, remarkWords)
}

// officeMood makes "Kast takes office on March 11" a scheduled happening:
// in a news body the present of a one-off act is one still to come (a
// past one "took office"), as its date must be read forward.
func (d *doc) officeMood(m *eventMention) {
	if m.mod == graph.Asserted && d.officeAhead(m.lo) {
		m.mod = graph.Possible
	}
}

// officeAhead reports whether "takes office" starts at k, whose date lies
// ahead like that of "will take office" (see officeMood).
func (d *doc) officeAhead(k int) bool {
	return d.toks[k].lower == "takes" && d.tok(k+1).lower == "office"
}
