package extract

import "github.com/geokg/geokg/graph"

// originOnly reports whether the actor before an attack verb only names
// where its unnamed subject came from or stays: "gunmen who crossed from X
// killed", "a drone launched from X struck", "rebels in X's eastern region
// attacked". A group after "from" still speaks for armed members before
// it: "fighters from the X killed"; a state after "in" is only a place.
func (d *doc) originOnly(a actor) bool {
	if a.prev == "in" {
		return a.ent.typ == graph.Country
	}
	if a.prev != "from" {
		return false
	}
	return !armedHead(d.tok(d.articleStart(a.pos) - 2).lower)
}

// armedAntecedent reports whether an unnamed armed subject stands in the
// sentence before token k: "fighters killed nine people when they opened
// fire" — "they" are the fighters, not the body the sentence quotes.
func (d *doc) armedAntecedent(k int) bool {
	for j := d.sents[d.sentOf[k]].lo; j < k; j++ {
		if d.spanAt[j] == 0 && unnamedSubjects[d.toks[j].lower] {
			return true
		}
	}
	return false
}

// inFiredFrom reports whether the actor at pos stands in the phrase that
// tells whence the weapons of verb mention m came: "shells fired from
// across the border in Myanmar killed three in a camp" struck the camp, not
// Myanmar.
func (d *doc) inFiredFrom(m *eventMention, pos int) bool {
	if !m.verb || d.tok(m.hi).lower != "from" || pos <= m.hi || pos > m.hi+8 {
		return false
	}
	for k := m.hi + 1; k < pos; k++ {
		if t := d.toks[k]; t.kind != tokWord || d.trigAt[k] || verbish(t.lower) {
			return false
		}
	}
	return true
}
