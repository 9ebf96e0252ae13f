package extract

import "github.com/geokg/geokg/graph"

// receptionVerbs tell one leader receiving another: "Prime Minister X
// received the US trade envoy", "was received by the king".
var receptionVerbs = setOf("received", "receives", "receiving")

// receptionMention builds the meeting of a reception: a person receiving
// another person, in either voice. Only people count on both sides, since
// what else is received (a letter, aid, a share of the vote) is no
// meeting. Sentences whose own triggers already name a meeting of the same
// two keep it.
func (d *doc) receptionMention(si, start int) *eventMention {
	s := d.sents[si]
	for k := s.lo + 1; k < s.hi; k++ {
		if !receptionVerbs[d.toks[k].lower] || d.trigAt[k] {
			continue
		}
		var host, guest *entity
		if passiveWords[d.tok(k-1).lower] && d.tok(k+1).lower == "by" {
			host, guest = d.addresseeAt(k+2), d.subjectBefore(k-1, si)
		} else {
			host, guest = d.subjectBefore(k, si), d.addresseeAt(k+1)
		}
		if host == nil || guest == nil || host == guest || host.typ != graph.Person || guest.typ != graph.Person {
			continue
		}
		for _, m := range d.evs[start:] {
			if m.typ == graph.Meeting && hasEntity(m.parts, host) && hasEntity(m.parts, guest) {
				return nil
			}
		}
		return &eventMention{lo: k, hi: k + 1, sent: si, typ: graph.Meeting, verb: true, noun: d.toks[k].text,
			mod: d.modalityAt(k), parts: []*entity{host, guest}, pairs: [][2]*entity{{host, guest}}}
	}
	return nil
}

// addReception puts the reception of sentence si, if any, among the
// sentence's mentions from start on, in text order.
func (d *doc) addReception(si, start int) {
	if m := d.receptionMention(si, start); m != nil {
		d.insertMention(start, m)
	}
}
