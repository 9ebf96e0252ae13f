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
// for the meeting m: "will travel to Valletta on Friday for talks",
// "is due to travel on to Doha for a summit", "flew to Oslo to meet".
func (d *doc) travelledTo(pos int, m *eventMention) bool {
	if m.typ != graph.Meeting || d.tok(pos-1).lower != "to" {
		return false
	}
	v := pos - 2
	if w := d.tok(v).lower; w == "on" || w == "back" {
		v--
	}
	return travelVerbs[d.tok(v).lower] && d.meetingPurpose(m) >= 0
}

// tripPurposeWords may stand between "for" and the meeting word it names:
// "for a two-day summit", "for further talks".
var tripPurposeWords = setOf("a", "an", "the", "further", "more", "new", "fresh", "another", "official", "state",
	"working", "bilateral", "trilateral", "high-level", "two-day", "three-day", "day", "-", "two", "three")

// meetingPurpose returns the "for" or "to" by which the meeting word of m
// tells what a trip before it is for ("for talks", "for a summit", "to
// meet"), or -1 when it tells none.
func (d *doc) meetingPurpose(m *eventMention) int {
	if m.verb && d.tok(m.lo-1).lower == "to" {
		return m.lo - 1
	}
	k := m.lo - 1
	for n := 0; n < 4 && k > 0 && tripPurposeWords[d.toks[k].lower]; n++ {
		k--
	}
	if d.tok(k).lower == "for" {
		return k
	}
	return -1
}

// askedOthers reports whether the meeting verb at k asks someone named
// after it to meet: "urged both sides to return to talks", "called on the
// parties to resume dialogue". The one who asks is no party.
func (d *doc) askedOthers(k, hi int) bool {
	if !askVerbs[d.toks[k].lower] {
		return false
	}
	if n := d.tok(k + 1).lower; n == "on" || n == "upon" {
		return true
	}
	for j := k + 1; j < hi; j++ {
		if _, e := d.actorAt(j); e != nil || d.groupWords(j) > 0 {
			return true
		}
		switch d.toks[j].lower {
		case "parties", "sides", "factions", "rivals":
			return true
		}
	}
	return false
}

// meetingOffers put a meeting forward without holding it: "offered to host
// talks".
var meetingOffers = setOf("offered", "offers", "offer", "offering", "volunteered", "proposed", "proposes")

// offeredMeeting reports whether a meeting word is the object of an offer
// to host or hold it: "offered to host another round of talks in Accra".
func (d *doc) offeredMeeting(m *eventMention) bool {
	if m.typ != graph.Meeting || m.verb {
		return false
	}
	lo, _ := d.clause(m.lo)
	for k := m.lo - 1; k >= lo && k >= m.lo-8; k-- {
		if meetingOffers[d.toks[k].lower] && d.tok(k+1).lower == "to" {
			return true
		}
		if d.trigAt[k] {
			return false
		}
	}
	return false
}

// hostOffered reports whether the meeting is one its host offered to
// hold: the host takes part but meets no side ("Qatar offered to host
// talks between the two").
func (d *doc) hostOffered(m *eventMention) bool {
	if !d.offeredMeeting(m) {
		return false
	}
	for k := max(0, m.lo-8); k < m.lo; k++ {
		switch d.toks[k].lower {
		case "host", "hosting", "mediate", "facilitate", "organise", "organize", "convene":
			return true
		}
	}
	return false
}

// sessionNouns are sittings of one body: who asks for one does not meet
// the body.
var sessionNouns = setOf("session", "sessions", "sitting", "hearing", "hearings")

// speakerMeetings reads the parties a speaker gives of a meeting of their
// own: "Trump said he had spoken to both leaders" — the speaker met the
// two people last named together.
func (d *doc) speakerMeetings(m *eventMention) {
	if m.typ != graph.Meeting || !m.verb {
		return
	}
	if n := d.tok(m.hi).lower; n == "to" || n == "with" {
		k := m.hi + 1
		if w := d.tok(k).lower; w == "both" || w == "the" && d.tok(k+1).lower == "two" {
			j := k + 1
			if w == "the" {
				j++
			}
			if ps := d.lastPersonPair(k); peopleGroups[d.tok(j).lower] && ps != nil && !hasEntity(m.parts, ps[0]) && !hasEntity(m.parts, ps[1]) {
				for _, p := range m.parts {
					m.pairs = append(m.pairs, [2]*entity{p, ps[0]}, [2]*entity{p, ps[1]})
				}
				m.parts = append(m.parts, ps...)
			}
		}
	}
	j := m.lo - 1
	for j > 0 && auxWords[d.tok(j).lower] {
		j--
	}
	if w := d.tok(j).lower; w != "he" && w != "she" {
		return
	}
	said := false
	for k := max(0, j-6); k < j; k++ {
		if speechVerbs[d.toks[k].lower] {
			said = true
		}
	}
	spk := d.speakerOf(m.sent)
	if !said || spk == nil || spk.typ != graph.Person || hasEntity(m.parts, spk) {
		return
	}
	for _, p := range m.parts {
		m.pairs = append(m.pairs, [2]*entity{spk, p})
	}
	m.parts = append([]*entity{spk}, m.parts...)
}

// hostOnly keeps, of the actors before an offered meeting, its subject and
// the sides named as a group: in "X spoke with Y and offered to host
// talks", Y was called, not invited; in "Qatar urged both sides to ... and
// offered to host talks", both sides would meet.
func (d *doc) hostOnly(m *eventMention, left []actor) {
	for i, a := range left {
		if i > 0 && a.prev != "group" {
			m.parts = removeEntity(m.parts, a.ent)
		}
	}
}

// newPartyApart reports whether a meeting verb told in a later sentence
// adds a person to a meeting of two or more: "X and Y met in Z. ... Trump
// said he had spoken to both leaders" is another meeting.
func newPartyApart(e *event, m *eventMention) bool {
	if e.typ != graph.Meeting || !m.verb || len(e.parts) < 2 || e.mentions[len(e.mentions)-1].sent == m.sent {
		return false
	}
	for _, p := range m.parts {
		if p.typ == graph.Person && !hasEntity(e.parts, p) {
			return true
		}
	}
	return false
}

// askedToMeet reports whether the actor is who an ask verb presses to meet:
// "urged Sudan and Chad to return to talks".
func (d *doc) askedToMeet(sp *span, m *eventMention) bool {
	if m.typ != graph.Meeting || m.lo-sp.hi > 6 || d.tok(sp.hi).lower == "'s" {
		return false
	}
	to := false
	for k := sp.hi; k < m.lo; k++ {
		if d.trigAt[k] {
			return false
		}
		if d.toks[k].lower == "to" {
			to = true
		}
	}
	if !to {
		return false
	}
	for k := sp.lo - 1; k >= 0 && k >= sp.lo-10; k-- {
		w := d.toks[k].lower
		if askVerbs[w] {
			return true
		}
		if o := d.spanAt[k]; o != 0 {
			k = d.spans[o-1].lo
			continue
		}
		if w != "and" && w != "," && w != "the" && w != "on" && w != "upon" && w != "both" {
			return false
		}
	}
	return false
}
