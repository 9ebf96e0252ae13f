package extract

import "github.com/geokg/geokg/graph"

// blamedOn returns who an attack is laid on after its noun: "a drone strike
// blamed on the paramilitary X", "an attack that the army blamed on Y".
// Nil when no state or group follows "blamed on".
func (d *doc) blamedOn(m *eventMention) *entity {
	if m.verb {
		return nil
	}
	s := d.sents[m.sent]
	k := m.hi
	if w := d.tok(k).lower; w == "that" || w == "which" {
		// "that the army blamed on", "which officials have blamed on"
		j := k + 1
		for j < s.hi && j <= k+6 && d.toks[j].lower != "blamed" {
			if t := d.toks[j]; t.kind != tokWord || d.trigAt[j] {
				return nil
			}
			j++
		}
		k = j
	}
	if k >= s.hi || d.toks[k].lower != "blamed" || d.tok(k+1).lower != "on" {
		return nil
	}
	j := k + 2
	for n := 0; n < 3 && j < s.hi && d.spanAt[j] == 0; n++ {
		if t := d.toks[j]; t.kind != tokWord || t.cap {
			return nil
		}
		j++ // "the paramilitary", "suspected"
	}
	sp, e := d.actorAt(j)
	if e == nil || sp.lo != j || e.typ == graph.Person || e.media {
		return nil
	}
	return e
}
