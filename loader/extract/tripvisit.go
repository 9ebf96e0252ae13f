package extract

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// tripVerbs take their subject on a trip to the place after "to": "will
// travel to Damascus next week", "flew to Davao City on Monday".
var tripVerbs = setOf("travel", "travels", "traveled", "travelled", "traveling", "travelling", "fly", "flies", "flew", "flying")

// addTripMentions makes a visit of a named person who travels to a named
// place, or to "the region", when the sentence tells no meeting the trip
// is for: an envoy's or a leader's trip is a visit even when no host is
// named. A trip to meet someone is told by that meeting ("flew to Banja
// Luka to meet Dodik"), which takes the place (travelledTo).
func (d *doc) addTripMentions(si, start int) {
	s := d.sents[si]
	for v := s.lo; v < s.hi; v++ {
		if !tripVerbs[d.toks[v].lower] || d.tok(v-1).lower == "avoid" {
			continue
		}
		place, ok := d.tripPlace(v)
		if !ok || slices.ContainsFunc(d.evs[start:], func(m *eventMention) bool { return m.typ == graph.Meeting && m.lo > v }) {
			continue
		}
		who := d.subjectBefore(v, si)
		if who == nil || who.typ != graph.Person {
			continue
		}
		m := &eventMention{lo: v, hi: v + 1, sent: si, typ: graph.Meeting, verb: true, noun: "visit",
			mod: d.modalityAt(v), parts: []*entity{who}, loc: place}
		d.insertMention(start, m)
	}
}

// tripPlace returns where the trip verb at v goes: a named place or state
// right after "to" ("on to"), or nil for "the region"; ok is false when
// the verb goes to neither.
func (d *doc) tripPlace(v int) (place *entity, ok bool) {
	k := v + 1
	if d.tok(k).lower == "on" {
		k++
	}
	if d.tok(k).lower != "to" {
		return nil, false
	}
	k++
	if d.tok(k).lower == "the" && d.tok(k+1).lower == "region" {
		return nil, true
	}
	sp, named := d.spanEntity(k)
	if !named || sp.lo != k || sp.ent == nil || sp.ent.typ != graph.Location && sp.ent.typ != graph.Country {
		return nil, false
	}
	return sp.ent, true
}

// callWords name a meeting held at a distance.
var callWords = setOf("call", "calls", "phone", "phoned", "telephone", "conversation", "videoconference", "spoke", "spoken", "hotline")

// remoteMeeting reports whether a meeting word tells a call rather than a
// meeting in person.
func remoteMeeting(noun string) bool {
	for w := range strings.FieldsSeq(noun) {
		if callWords[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// visitApart reports whether a visit and a call are told of the same
// parties: "spoke by video call ... and invited him to visit Israel" are
// two meetings, one held and one to come.
func visitApart(e *event, m *eventMention) bool {
	if e.typ != graph.Meeting || m.typ != graph.Meeting {
		return false
	}
	visit := func(n string) bool { return visitNouns[headKey(n)] || headKey(n) == "visit" }
	mv, mr := visit(m.noun), remoteMeeting(m.noun)
	for _, x := range e.mentions {
		if mv && !remoteMeeting(x.noun) || mr && !visit(x.noun) {
			return false
		}
	}
	return mv || mr
}
