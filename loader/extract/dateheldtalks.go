package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// talksClauseDates gives an accord told in a clause hung on dated talks the
// talks' day: "met in Vilnius on Tuesday, at which the ministers signed a
// fisheries accord", "met on Friday, agreeing to resume flights". Wire
// copy tells what came of the talks on their day.
func (d *doc) talksClauseDates() {
	for _, m := range d.evs {
		if m.typ != graph.Agreement || m.mod != graph.Asserted || m.date != nil {
			continue
		}
		c := d.talksClauseComma(m)
		if c < 0 {
			continue
		}
		for _, n := range d.sentMentions(m.sent) {
			if n.typ == graph.Meeting && n.mod == graph.Asserted && n.hi <= c && n.date != nil && !n.date.bound &&
				n.date.date.Precision == graph.Day && n.date.hi <= c {
				m.date = n.date
				break
			}
		}
	}
}

// talksClauseComma returns the comma that opens the clause of mention m
// when that clause is "during which ..." or "at which ..." or begins with
// m's own verb in -ing; -1 otherwise.
func (d *doc) talksClauseComma(m *eventMention) int {
	lo := d.sents[m.sent].lo
	if d.tok(m.lo-1).text == "," && strings.HasSuffix(d.toks[m.lo].lower, "ing") && m.lo-1 > lo {
		return m.lo - 1
	}
	for k := m.lo - 1; k > lo && k >= m.lo-8; k-- {
		if d.toks[k].kind == tokPunct {
			if d.toks[k].text != "," {
				return -1
			}
			if w := d.tok(k + 1).lower; (w == "during" || w == "at") && d.tok(k+2).lower == "which" {
				return k
			}
			return -1
		}
	}
	return -1
}
