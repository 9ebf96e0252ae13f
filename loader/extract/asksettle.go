package extract

import "github.com/geokg/geokg/graph"

// sidesAskedToSettle reports whether the ask at k names its addressees only
// by a pair phrase ("both sides", "the warring parties") and asks them for
// a truce or deal of their own (ev): "urged both sides to agree a
// ceasefire". The sides are then the parties of what is demanded, and the
// demand is of the truce, not of each side; an ask of named actors
// ("urged Russia to agree a ceasefire") keeps its addressee.
func (d *doc) sidesAskedToSettle(k, to int, ev *event) bool {
	if ev.typ != graph.Ceasefire && ev.typ != graph.Agreement {
		return false
	}
	group := false
	for j := k + 1; j < to; j++ {
		if _, e := d.actorAt(j); e != nil {
			return false
		}
		if d.groupWords(j) > 0 {
			group = true
		}
	}
	return group
}
