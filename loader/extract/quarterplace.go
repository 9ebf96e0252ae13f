package extract

import "github.com/geokg/geokg/graph"

// cityRefNouns refer back to a city already named, as the owner of a part
// of it: "the city's Sykhiv district", "the capital's Hodan district".
var cityRefNouns = setOf("city", "capital", "town")

// quarterPrepositions open the part of a city a strike or protest reached.
var quarterPrepositions = setOf("in", "on", "at", "into", "through", "across", "hit", "struck", "targeted", "near")

// blowVerbs tell a weapon reaching its target: "a missile hit a block".
var blowVerbs = setOf("hit", "struck", "slammed", "smashed", "landed", "crashed")

// quarterPlaces: a part of a city named through the city ("a missile hit a
// block in the city's Sykhiv district") is where the strike or protest of
// the sentence also happened, and lies in the city last named. The
// mention keeps its own place, so it still joins the event reported there.
func (d *doc) quarterPlaces(si int) {
	s := d.sents[si]
	for k := s.lo + 1; k+3 < s.hi; k++ {
		if d.toks[k].lower != "the" || !cityRefNouns[d.tok(k+1).lower] || d.tok(k+2).lower != "'s" || !quarterPrepositions[d.tok(k-1).lower] {
			continue
		}
		j := k + 3
		for j < s.hi && regionAdjectives[d.toks[j].lower] && d.spanAt[j] == 0 {
			j++
		}
		sp, ok := d.spanEntity(j)
		if !ok || sp.lo != j || sp.ent == nil || sp.ent.typ != graph.Location {
			continue
		}
		e := d.quarterEvent(si, k)
		if e == nil || e.loc == sp.ent {
			continue
		}
		d.addClaim(claim{src: evt(e), dst: ent(sp.ent), typ: graph.OccurredIn, mod: e.mod, sent: si, conf: 0.5})
		if c := d.cityBefore(k, sp.ent); c != nil {
			d.addClaim(claim{src: ent(sp.ent), dst: ent(c), typ: graph.LocatedIn, mod: graph.Asserted, sent: si, conf: 0.5})
		}
	}
}

// quarterEvent returns the strike or protest whose place the words at k
// go on to tell: that of the latest event word before k in the sentence,
// or, when the sentence only says a weapon hit ("a drone struck a block"),
// the latest strike reported within three sentences.
func (d *doc) quarterEvent(si, k int) *event {
	for i := d.evStart[si+1] - 1; i >= d.evStart[si]; i-- {
		m := d.evs[i]
		if m.hi > k {
			continue
		}
		if m.ev != nil && (m.typ == graph.Attack || m.typ == graph.Protest) {
			return m.ev
		}
		return nil // another kind of event owns what follows
	}
	for j := k - 1; j > d.sents[si].lo; j-- {
		if blowVerbs[d.toks[j].lower] && weaponWords[d.tok(j-1).lower] {
			return d.latestEventOf(k, 3, graph.Attack)
		}
	}
	return nil
}

// cityBefore returns the place "the city" at k stands for: the latest
// place named before it in its sentence or the one before, other than the
// quarter itself and wider units such as regions.
func (d *doc) cityBefore(k int, quarter *entity) *entity {
	lo := d.sents[max(int(d.sentOf[k])-1, 0)].lo
	for _, sp := range d.walkBack(lo, k) {
		if sp == nil || sp.ent == nil || sp.ent.typ != graph.Location || sp.ent == quarter || wideUnits[d.tok(sp.hi-1).lower] {
			continue
		}
		return sp.ent
	}
	return nil
}
