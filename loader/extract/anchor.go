package extract

import (
	"unicode"

	"github.com/geokg/geokg/graph"
)

// unanchored reports whether a rendered event ties to nothing in the
// graph: no participant, no place, no perpetrator and no name of its own
// ("the deal", "protests", "a joint statement"). Such a node cannot be
// queried by anyone or anywhere, and is usually a passing reference to an
// event the article reports elsewhere with its parties, so it is left out.
// A named event stands on its name: "the 1995 Dayton peace accords".
func (e *event) unanchored(out graph.Event) bool {
	if out.LocationID != "" || out.PerpetratorID != "" || len(out.ParticipantIDs) > 0 || e.askedSubject() {
		return false
	}
	for _, m := range e.mentions {
		if namedQualifier(m.qualifier) || e.war() && daysQualifier(m.qualifier) {
			return false
		}
	}
	return true
}

// namedQualifier reports whether a qualifier holds a proper name rather
// than only a year: "Camp David", not "2018".
func namedQualifier(q string) bool {
	for _, r := range q {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// eventLinks returns the events a claim ties to another event: a proposal
// conditioned on a truce is anchored by the truce even when neither names
// a party.
func eventLinks(claims []claim) map[*event]bool {
	linked := make(map[*event]bool)
	for _, c := range claims {
		if c.src.ev != nil && c.dst.ev != nil && c.src.ev != c.dst.ev {
			linked[c.src.ev] = true
			linked[c.dst.ev] = true
		}
	}
	return linked
}
