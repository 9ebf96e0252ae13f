package extract

import "github.com/geokg/geokg/graph"

// lastTwoPersons returns the two people "the two leaders" at k stands for
// when no meeting or "and" joined them: the only two people named from the
// previous sentence on, as in "Trump agreed to cut the tariff after hosting
// Lula at the White House. The two leaders met for 90 minutes". With more
// than two people in reach the phrase is left unresolved.
func (d *doc) lastTwoPersons(k int) []*entity {
	lo := d.sents[max(int(d.sentOf[k])-1, 0)].lo
	var out []*entity
	for _, sp := range d.walkBack(lo, k) {
		e := actorOf(sp)
		if e == nil || e.typ != graph.Person || d.isModifierActor(sp) || hasEntity(out, e) {
			continue
		}
		if len(out) == 2 {
			return nil
		}
		out = append(out, e)
	}
	if len(out) != 2 {
		return nil
	}
	return []*entity{out[1], out[0]}
}

// asksOthersBetween reports whether a verb of asking between lo and hi
// presses someone else to meet: in "the two envoys called on Veldania to
// resume the talks" the envoys ask and sit at no table.
func (d *doc) asksOthersBetween(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if askVerbs[d.toks[j].lower] && d.askedOthers(j, hi) {
			return true
		}
	}
	return false
}
