package extract

import "github.com/geokg/geokg/graph"

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
	if m.typ != graph.Meeting || m.verb || !d.meetingPurpose(m) {
		return -1
	}
	k := m.lo - 1
	for k > 0 && d.toks[k].lower != "for" {
		k-- // meetingPurpose stopped at "for" over a few words
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
