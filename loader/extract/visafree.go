package extract

import "github.com/geokg/geokg/graph"

// A state or bloc that suspends or ends another country's visa-free travel
// punishes it the way a travel ban does: "proposed suspending visa-free
// travel for its citizens", "ended the visa-free regime". Visa-free
// travel granted or enjoyed is no event.

// visaFreeAt reports whether "visa-free", written as three tokens, opens
// the trigger at lo.
func (d *doc) visaFreeAt(lo int) bool {
	return d.toks[lo].lower == "visa" && d.tok(lo+1).text == "-" && d.tok(lo+2).lower == "free"
}

// visaFreeStops are the acts that take visa-free travel away.
var visaFreeStops = withVerbs(setOf("suspension", "end", "revocation", "withdrawal"), "suspend", "end", "scrap",
	"revoke", "withdraw", "halt", "cancel", "terminate")

// visaFreeGlue may stand between the act and the travel it takes away:
// "the suspension of their visa-free travel".
var visaFreeGlue = setOf("the", "of", "its", "their")

// visaFreeFits keeps "visa-free travel" as a sanction only when it is
// taken away: "suspending visa-free travel", "the suspension of the
// visa-free regime"; handled is false for other words.
func (d *doc) visaFreeFits(lo int) (fits, handled bool) {
	if !d.visaFreeAt(lo) {
		return false, false
	}
	return d.visaFreeStop(lo) >= 0, true
}

// visaFreeStop returns the position of the verb or noun that takes away
// the visa-free travel at lo, or -1.
func (d *doc) visaFreeStop(lo int) int {
	j := lo - 1
	for j > lo-4 && j > 0 && visaFreeGlue[d.tok(j).lower] {
		j--
	}
	if j >= 0 && visaFreeStops[d.tok(j).lower] {
		return j
	}
	return -1
}

// visaFreeArgs names a suspension of visa-free travel and gives it the
// state or bloc that takes it away, the subject of the clause ("the
// Commission proposed suspending"), as its party.
func (d *doc) visaFreeArgs(m *eventMention) {
	if m.typ != graph.Sanction || !d.visaFreeAt(m.lo) {
		return
	}
	stop := d.visaFreeStop(m.lo)
	if stop < 0 {
		return
	}
	m.noun = "suspension of " + d.spanText(m.lo, m.hi)
	if e := d.clauseSubject(stop); e != nil && m.perp == nil {
		m.perp = e
		m.parts = appendUnique(m.parts, e)
	}
}
