package extract

import "github.com/geokg/geokg/graph"

// hostPlace places talks a state offered to host, when the text names no
// place, in that state: "Oman's foreign minister offered to host talks"
// would hold them in Oman.
func (d *doc) hostPlace(m *eventMention) {
	if m.loc != nil || !d.hostOffered(m) {
		return
	}
	lo, _ := d.clause(m.lo)
	for k := m.lo - 1; k >= lo && k >= m.lo-8; k-- {
		if !meetingOffers[d.toks[k].lower] {
			continue
		}
		for _, h := range d.askers(k, m.sent) {
			if hasEntity(m.parts, h) {
				m.loc = d.actorState(h) // the host: "Norway offered to host talks between A and B" keeps no side
				return
			}
		}
		if len(m.parts) == 1 {
			m.loc = d.actorState(m.parts[0]) // "A spoke with B and offered to host talks": A alone is left
		}
		return
	}
}

// actorState returns the state an actor stands for: a state itself, the
// one in a person's title ("Kenyan President William Ruto", "Oman's
// foreign minister, Badr Albusaidi,"), or the one whose executive body the
// title ties the person to (organState).
func (d *doc) actorState(e *entity) *entity {
	switch e.typ {
	case graph.Country:
		return e
	case graph.Person:
	default:
		return nil
	}
	if s := d.titleState(e); s != nil {
		return s
	}
	for _, si := range e.spans {
		// The title stands right before the name ("Kenya's Foreign
		// Minister Musalia Mudavadi") or before a comma that opens it.
		at := d.spans[si].lo
		if d.tok(at-1).text == "," {
			at--
		}
		r := d.spanBefore(at)
		if r == nil || r.kind != spanRole || d.tok(r.lo-1).lower != "'s" {
			continue
		}
		if c := d.spanBefore(r.lo - 1); c != nil && c.ent != nil && c.ent.typ == graph.Country {
			return c.ent
		}
	}
	return d.organState(e)
}

// qualifierPlace places a meeting named after its venue: "the Nara
// summit", "the Geneva talks" were held there.
func (d *doc) qualifierPlace(m *eventMention) {
	if m.typ != graph.Meeting || m.loc != nil || m.verb || m.lo == 0 {
		return
	}
	sp, ok := d.spanEntity(m.lo - 1)
	if !ok || sp.hi != m.lo || sp.lo == d.sents[m.sent].lo {
		return
	}
	e := sp.ent
	if e == nil && sp.typ == "" {
		// A headline names the venue before the body says what it is:
		// "agree at Nara summit" ... "talks in Nara".
		e = d.entByKey[graph.EntityID(graph.Location, sp.name)]
	}
	if e != nil && e.typ == graph.Location {
		m.loc = e
	}
}

// ledeSummit reports whether e is a summit the headline or lede names by
// its venue alone, and m the talks the body tells of there: "agree at
// Nara summit" ... "the two leaders held talks in Nara" are one meeting.
func ledeSummit(e *event, m *eventMention) bool {
	return (len(e.parts) == 0 || subset(e.parts, m.parts)) && e.loc != nil && e.loc.typ == graph.Location && m.loc == e.loc && e.mentions[0].sent <= 1
}

// shortUnits measure one sitting, not a series of them.
var shortUnits = setOf("hour", "hours", "minute", "minutes")
