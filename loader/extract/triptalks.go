package extract

import "github.com/geokg/geokg/graph"

// tripDue are the words before a trip that put it ahead: "is due in
// Muscat", "is scheduled to travel to Lima".
var tripDue = setOf("due", "scheduled", "expected", "set")

// tripTalks makes who travels for talks a party to them: "the envoy is due
// in Muscat next week for talks with Omani officials", "she will fly to
// Lima on Friday for talks with Peru's president". The
// traveller is the subject of the trip (a name, or the person a pronoun
// stands for), and talks of a trip still ahead are only possible. The trip
// is the one meetingPronoun reads, so both passes agree on it.
func (d *doc) tripTalks(m *eventMention) {
	trip := d.tripHeadBefore(m)
	if trip < 0 || d.tok(m.hi).lower != "with" {
		return
	}
	lo, _ := d.clause(m.lo)
	k, ahead := trip-1, tripDue[d.toks[trip].lower]
	for k >= lo && (passiveWords[d.toks[k].lower] || tripDue[d.toks[k].lower] || d.toks[k].lower == "to" || threatModals[d.toks[k].lower]) {
		ahead = ahead || tripDue[d.toks[k].lower] || threatModals[d.toks[k].lower]
		k-- // "is due to travel", "will fly"
	}
	var who *entity
	switch w := d.tok(k).lower; {
	case w == "he" || w == "she":
		who = d.pronounHolder(k, m.sent, false)
	default:
		if sp, e := d.actorAt(k); e != nil && sp.hi == k+1 && e.typ == graph.Person {
			who = e
		}
	}
	if who == nil || hasEntity(m.parts, who) || len(m.parts) >= maxParticipants {
		return
	}
	for _, p := range d.metAfterWith(m) {
		m.pairs = append(m.pairs, [2]*entity{who, p})
	}
	m.parts = append([]*entity{who}, m.parts...)
	if ahead && m.mod == graph.Asserted {
		m.mod = graph.Possible // the trip, and the talks, are still to come
	}
}

// talksTopicWords open what talks are about, past the side they are held
// with: "talks with Syrian officials on the border between Syria and
// Lebanon" are not talks with Lebanon.
var talksTopicWords = setOf("on", "about", "over", "regarding", "concerning", "to")

// metAfterWith returns the parties of m named after its "with" and before
// the talks' topic: the side the traveller meets.
func (d *doc) metAfterWith(m *eventMention) []*entity {
	_, hi := d.clause(m.hi)
	var out []*entity
	for j, sp := range d.walk(m.hi+1, hi) {
		if sp == nil {
			if talksTopicWords[d.toks[j].lower] {
				break
			}
			continue
		}
		if e := actorOf(sp); e != nil && hasEntity(m.parts, e) {
			out = appendUnique(out, e)
		}
	}
	return out
}
