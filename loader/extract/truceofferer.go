package extract

import "github.com/geokg/geokg/graph"

// truceOfferers returns who offers or proposes the truce named by a noun
// mention as the object of that verb: "the rebels offered a month-long
// ceasefire", "four states have proposed a humanitarian truce". A truce is
// a pact its offerer is party to, so the subject takes part in it; without
// this the truce names no party and is dropped. "The proposed truce" names
// no offerer.
func (d *doc) truceOfferers(m *eventMention) []*entity {
	if m.verb || m.typ != graph.Ceasefire {
		return nil
	}
	lo := d.sents[m.sent].lo
	for j := m.lo - 1; j > lo && j >= m.lo-7; j-- {
		t := d.toks[j]
		if offerVerbs[t.lower] {
			if determiners[d.tok(j-1).lower] || d.offerNounAt(j) {
				return nil // "a proposed truce", "the offer of a truce"
			}
			return d.askers(j, m.sent)
		}
		if t.kind != tokWord && t.text != "-" || t.cap || d.spanAt[j] != 0 || d.trigAt[j] {
			return nil
		}
	}
	return nil
}
