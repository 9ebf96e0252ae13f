package extract

import "github.com/geokg/geokg/graph"

// hostingVerbs name who holds talks for others: "talks hosted by X",
// "after hosting talks", "talks mediated by X".
var hostingVerbs = setOf("hosted", "hosting", "mediated", "mediating", "brokered", "brokering", "convened", "convening",
	"chaired", "chairing", "facilitated", "facilitating")

// hostedMention reports whether a meeting word is told through its host,
// so the sides that sat at the table come only in a later sentence:
// "agreed to a truce following talks hosted by Norway", "X said after
// hosting talks here".
func (d *doc) hostedMention(m *eventMention) bool {
	if m.typ != graph.Meeting || m.verb {
		return false
	}
	if hostingVerbs[d.tok(m.hi).lower] && d.tok(m.hi+1).lower == "by" {
		return true
	}
	k := m.lo - 1
	if w := d.tok(k).lower; w == "the" || w == "a" {
		k--
	}
	return k >= 0 && hostingVerbs[d.tok(k).lower]
}

// hostedRetold reports whether m, told just after a meeting the text first
// gave through its host, names the sides of that same meeting: "...
// following talks hosted by Norway. The two ministers met for three hours
// at a lodge outside Oslo" is one meeting, not two, though the host is
// not named again.
func (d *doc) hostedRetold(e *event, m *eventMention) bool {
	if e.typ != graph.Meeting || m.typ != graph.Meeting || len(m.parts) < 2 || m.mod != graph.Asserted || e.mod != graph.Asserted {
		return false
	}
	first, last := e.mentions[0], e.mentions[len(e.mentions)-1]
	if last.sent >= m.sent || m.sent-last.sent > 2 || !d.hostedMention(first) || gatherings[headKey(first.noun)] {
		return false
	}
	return datesMeet(m, e) && (m.loc == nil || e.loc == nil || placesMeet(m.loc, e.loc) || placedAt(e, m.loc))
}

// privacyWords tell how talks were held, not which: "the closed-door
// meeting, hosted by the UAE" still points back to the talks just told.
var privacyWords = setOf("closed", "door", "private")
