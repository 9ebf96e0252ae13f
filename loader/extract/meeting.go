package extract

import "github.com/geokg/geokg/graph"

// namesNextGathering reports whether an actor after a meeting word names
// the gathering that follows it rather than a party to the meeting: "met
// Xi on the sidelines of the G20 summit" — the G20 holds the summit.
func (d *doc) namesNextGathering(sp *span, m *eventMention) bool {
	if m.typ != graph.Meeting || sp.lo < m.hi {
		return false
	}
	for j := sp.hi; j < len(d.toks) && j <= sp.hi+4; j++ {
		if d.trigAt[j] {
			return gatherings[headKey(d.toks[j].lower)] && d.modifies(sp.hi, j)
		}
	}
	return false
}

// gatheringApart reports whether a summit named with its own party in the
// sentence of a meeting between two sides is an event of its own: "Modi met
// Xi on the sidelines of the G20 summit" tells a meeting and a summit.
func gatheringApart(e *event, m *eventMention) bool {
	last := e.mentions[len(e.mentions)-1]
	return e.typ == graph.Meeting && last.sent == m.sent && gatherings[headKey(m.noun)] && !gatherings[headKey(e.mentions[0].noun)] &&
		len(m.parts) > 0 && len(e.parts) >= 2 && !subset(m.parts, e.parts)
}

// sidelineWords place a meeting at a gathering without making it the
// gathering: "on the sidelines of", "on the margins of", "on the fringes of".
var sidelineWords = setOf("sidelines", "margins", "fringes", "side-lines")

// sidelineMeetings gives a meeting held on the sidelines of a gathering the
// gathering's place and day, and leaves the gathering to its own party:
// "Modi met Xi on the sidelines of the G20 summit in Rio on Monday".
func (d *doc) sidelineMeetings() {
	for i := 0; i+1 < len(d.evs); i++ {
		m, n := d.evs[i], d.evs[i+1]
		if m.typ != graph.Meeting || n.typ != graph.Meeting || n.sent != m.sent || gatherings[headKey(m.noun)] || !gatherings[headKey(n.noun)] {
			continue
		}
		side := false
		for k := m.hi; k < n.lo; k++ {
			if sidelineWords[d.toks[k].lower] && d.tok(k+1).lower == "of" {
				side = true
			}
		}
		if !side {
			continue
		}
		if m.loc == nil {
			m.loc = n.loc
		}
		if m.date == nil {
			m.date = n.date
		}
		var own []*entity
		for _, e := range n.parts {
			if !hasEntity(m.parts, e) {
				own = append(own, e)
			}
		}
		if len(own) > 0 {
			n.parts = own
		}
	}
}

// travelVerbs take a visitor to where a meeting is held.
var travelVerbs = setOf("travel", "travels", "traveled", "travelled", "traveling", "travelling", "fly", "flies", "flew",
	"flying", "heads", "headed", "heading", "went", "go", "goes", "going")

// travelledTo reports whether the place at pos is where someone travels
// for the meeting m: "will travel to Washington on Thursday for talks".
func (d *doc) travelledTo(pos int, m *eventMention) bool {
	return m.typ == graph.Meeting && d.tok(pos-1).lower == "to" && travelVerbs[d.tok(pos-2).lower] && d.tok(m.lo-1).lower == "for"
}
