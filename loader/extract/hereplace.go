package extract

import "github.com/geokg/geokg/graph"

// herePlace places a meeting, deal or protest told "here" in the city of
// the dateline: "BRUSSELS, March 11 (Xinhua) -- Mirzoyan held talks with
// Kallas here on Tuesday" met in Brussels.
func (d *doc) herePlace(m *eventMention) {
	if m.loc != nil || m.typ != graph.Meeting && m.typ != graph.Agreement && m.typ != graph.Protest {
		return
	}
	s := d.sents[m.sent]
	for k := m.hi; k < s.hi && k < m.hi+12; k++ {
		t := d.toks[k]
		if t.lower == "here" {
			if n := d.tok(k + 1).lower; n != "is" && n != "are" && n != "and" && n != "or" {
				m.loc = d.datelinePlace()
			}
			return
		}
		if t.text == "." || t.text == ";" || d.trigAt[k] || speechVerbs[t.lower] {
			return
		}
	}
}

// datelinePlace returns the city or place the article's dateline names
// ("BRUSSELS, March 11 (Xinhua) --"), or nil.
func (d *doc) datelinePlace() *entity {
	for _, sp := range d.datelineSpans(1) {
		if sp.ent != nil && sp.ent.typ == graph.Location {
			return sp.ent
		}
	}
	return nil
}
