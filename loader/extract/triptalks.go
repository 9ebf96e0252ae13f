package extract

import "github.com/geokg/geokg/graph"

// tripDue are the words that put a trip ahead: "is due in Muscat", "is
// scheduled to travel to Lima".
var tripDue = setOf("due", "scheduled", "expected", "set")

// tripTalks makes who travels for talks a party to them: "the envoy is due
// in Muscat next week for talks with Omani officials", "she will fly to
// Lima on Friday for talks with Peru's president". The
// traveller is the subject of the trip (a name, or the person a pronoun
// stands for), and talks of a trip still ahead are only possible.
func (d *doc) tripTalks(m *eventMention) {
	if m.typ != graph.Meeting || m.verb || d.tok(m.lo-1).lower != "for" || d.tok(m.hi).lower != "with" {
		return
	}
	lo, _ := d.clause(m.lo)
	trip := -1
	for j := m.lo - 2; j >= lo && j >= m.lo-12; j-- {
		if d.trigAt[j] {
			return
		}
		w := d.toks[j].lower
		if tripVerbs[w] || tripDue[w] && (d.tok(j+1).lower == "in" || d.tok(j+1).lower == "to") {
			trip = j
		}
	}
	if trip < 0 {
		return
	}
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
