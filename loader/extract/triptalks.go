package extract

import "github.com/geokg/geokg/graph"

// tripDue are the words before a trip that put it ahead: "is due in
// Muscat", "is scheduled to travel to Lima".
var tripDue = setOf("due", "scheduled", "expected", "set")

// tripTalks makes who travels for talks a party to them: "the envoy is due
// in Muscat next week for talks with Omani officials", "she will fly to
// Lima on Friday for talks with Peru's president". The traveller is the
// subject of the trip (a name, or the person a pronoun stands for), and
// talks of a trip still ahead are only possible. trip is the verb
// tripHeadBefore found for m, handed to meetingPronoun too, so both passes
// agree on it; pron is the pronoun meetingPronoun read.
func (d *doc) tripTalks(m *eventMention, trip int, pron heldPronoun) {
	if trip < 0 || d.tok(m.hi).lower != "with" {
		return
	}
	lo, _ := d.clause(m.lo)
	k, ahead := trip-1, tripDue[d.toks[trip].lower]
	for ; k >= lo; k-- { // "is due to travel", "will fly"
		w := d.toks[k].lower
		if !passiveWords[w] && !tripDue[w] && w != "to" && !threatModals[w] {
			break
		}
		ahead = ahead || tripDue[w] || threatModals[w]
	}
	var who *entity
	if w := d.tok(k).lower; w == "he" || w == "she" {
		who = pron.who // "he is due in Muscat": read by meetingPronoun
		if k != pron.at {
			who = d.pronounHolder(k, m.sent, false)
		}
	} else if sp, e := d.actorAt(k); e != nil && sp.hi == k+1 && e.typ == graph.Person {
		who = e
	}
	if who == nil {
		return
	}
	if ahead && m.mod == graph.Asserted {
		m.mod = graph.Possible // the trip, and the talks, are still to come
	}
	if hasEntity(m.parts, who) || len(m.parts) >= maxParticipants {
		return
	}
	for _, p := range d.metAfterWith(m) {
		m.pairs = append(m.pairs, [2]*entity{who, p})
	}
	m.parts = append([]*entity{who}, m.parts...)
}

// metAfterWith returns the parties of m named after its "with" and before
// what the talks are about or for: the side the traveller meets. "Talks
// with Syrian officials on the border between Syria and Lebanon" are not
// talks with Lebanon.
func (d *doc) metAfterWith(m *eventMention) []*entity {
	_, hi := d.clause(m.hi)
	var out []*entity
	for j, sp := range d.walk(m.hi+1, hi) {
		if sp == nil {
			if w := d.toks[j].lower; topicWords[w] || w == "to" {
				break // "to" opens the talks' aim
			}
			continue
		}
		if e := actorOf(sp); e != nil && hasEntity(m.parts, e) {
			out = appendUnique(out, e)
		}
	}
	return out
}

// tripLinks may stand between a trip's verb and the meeting it is for,
// besides the place and the day: "travels to Rome on Monday for talks",
// "is due back in Cairo later this week for a summit".
var tripLinks = setOf("to", "on", "in", "at", "back", "early", "late", "the", ",")

// tripHeadBefore returns the verb of the trip whose purpose is meeting m,
// or -1: "she will fly to Madrid on Friday for talks with ..." gives
// "fly", "he is due in Cairo next week for talks" gives "due". Only the
// trip's place and time may stand between, so the traveller is the
// subject before that verb.
func (d *doc) tripHeadBefore(m *eventMention) int {
	if m.typ != graph.Meeting || m.verb {
		return -1
	}
	k := d.meetingPurpose(m) // the "for" of "for talks"
	if k < 0 {
		return -1
	}
	lo := d.sents[m.sent].lo
	for j, n := k-1, 0; j >= lo && n < 14; j, n = j-1, n+1 {
		if sp, ok := d.spanEntity(j); ok {
			if sp.ent == nil || sp.ent.typ != graph.Location && sp.ent.typ != graph.Country {
				return -1
			}
			j = sp.lo
			continue
		}
		w := d.toks[j].lower
		switch {
		case travelVerbs[w] || arrivalDue(w, d.tok(j+1).lower):
			return j
		case tripLinks[w] || timeWords[w] || d.dateTokenAt(j) || d.inDatePhrase(j) || d.toks[j].kind == tokNumber:
			continue
		}
		return -1
	}
	return -1
}

// arrivalDue reports whether w and the word after it tell a planned
// arrival, which takes its subject to a place as a travel verb does: "is
// due in Cairo", "is due back in Doha".
func arrivalDue(w, next string) bool {
	return w == "due" && (next == "in" || next == "at" || next == "back")
}
