package extract

import "github.com/geokg/geokg/graph"

// A protest or complaint a state lodges with another state or a body
// ("Japan lodged a strong protest with China", "would file a complaint with
// the UN Security Council") is a diplomatic act, an "Other" event of the
// two, not a street protest. Without an addressee ("lodged a protest over
// the advisory") it is only how a stance was voiced, and no event.

// fileVerbs put a complaint on record besides lodgeVerbs: "would file a
// complaint with the Security Council".
var fileVerbs = setOf("file", "filing", "register", "registers", "submitted", "submits", "submit")

// protestQualities stand between a lodging verb and its protest: "a
// strong, formal protest".
var protestQualities = setOf("a", "an", "its", "their", "strong", "formal", "diplomatic", "official", "new",
	"sharp", "stern", "strongly-worded", "written", "further", "another", ",")

// diplomaticProtestFits decides "protest" and "complaint" after a lodging
// verb, and drops "complaint" without one; handled is false for a
// "protest" no verb lodges, which other rules decide.
func (d *doc) diplomaticProtestFits(lo, hi int) (fits, handled bool) {
	if hi-lo != 1 || d.toks[lo].lower != "protest" && d.toks[lo].lower != "complaint" {
		return false, false
	}
	if d.lodgeVerbAt(lo) < 0 {
		return false, d.toks[lo].lower == "complaint" // a complaint is otherwise no event
	}
	return d.protestAddressee(hi) != nil, true
}

// lodgeVerbAt returns the index of the lodging verb of the protest noun at
// lo, or -1.
func (d *doc) lodgeVerbAt(lo int) int {
	s := d.sents[d.sentOf[lo]]
	for j := lo - 1; j >= s.lo && j >= lo-4; j-- {
		w := d.toks[j].lower
		if lodgeVerbs[w] || fileVerbs[w] {
			return j
		}
		if !protestQualities[w] {
			return -1
		}
	}
	return -1
}

// protestAddressee returns the state or body a protest is lodged with:
// "with China", "with the Indian charge d'affaires", "with the U.N.
// Security Council".
func (d *doc) protestAddressee(k int) *entity {
	if d.tok(k).lower != "with" {
		return nil
	}
	s := d.sents[d.sentOf[k]]
	for j := k + 1; j < s.hi && j < k+4; j++ {
		if _, e := d.actorAt(j); e != nil {
			return e
		}
		if d.isBreak(j) {
			return nil
		}
	}
	return nil
}

// diplomaticProtestType makes a lodged protest an "Other" event.
func (d *doc) diplomaticProtestType(lo, hi int, typ graph.EventType) graph.EventType {
	if fits, _ := d.diplomaticProtestFits(lo, hi); fits && d.toks[lo].lower == "protest" {
		return graph.OtherEvent
	}
	return typ
}

// diplomaticProtestArgs gives a lodged protest the one who lodges it and
// the one it is lodged with, and nothing else its clause names.
func (d *doc) diplomaticProtestArgs(m *eventMention) {
	if m.typ != graph.OtherEvent || m.hi-m.lo != 1 || m.noun != "protest" && m.noun != "complaint" {
		return
	}
	v := d.lodgeVerbAt(m.lo)
	to := d.protestAddressee(m.hi)
	if v < 0 || to == nil {
		return
	}
	var parts []*entity
	if who := d.subjectBefore(v, m.sent); who != nil && who != to && who.typ != graph.Location {
		parts = append(parts, who)
	}
	m.parts = append(parts, to)
	m.loc = nil
}
