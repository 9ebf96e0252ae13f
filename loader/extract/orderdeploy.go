package extract

import (
	"slices"

	"github.com/geokg/geokg/graph"
)

// A leader who orders troops or police to a place deploys them, and
// analysts keep the deployment as an "Other" event of whoever gave the
// order, with the force when it is named: "said he had ordered 200 extra
// police and army personnel to the province", "ordered the deployment of
// more troops to the area". An order to act ("ordered the police to act
// firmly") sends no one anywhere.

// deployOrderVerbs give the order: "order" in its finite forms, as the
// base also starts orders of other kinds ("in order to").
var deployOrderVerbs = setOf("ordered", "orders")

// orderedForces are who is ordered to a place: troops, not the hardware of
// forceWords, and the plural people words only an order sends.
var orderedForces = setPlus(troopWords, "reinforcements", "contingents", "policemen", "gendarmes")

// orderReach bounds how far after the verb its force and "to" may stand:
// "ordered the deployment of an additional 150 police and army personnel
// to".
const orderReach = 16

// addOrderedDeployments puts among the mentions of sentence si, from start
// on, each deployment an order verb tells of.
func (d *doc) addOrderedDeployments(si, start int) {
	s := d.sents[si]
	for v := s.lo; v < s.hi; v++ {
		if !deployOrderVerbs[d.toks[v].lower] {
			continue
		}
		// An Other event already told between the verb and its "to" is
		// the deployment itself: "ordered the deployment of troops to".
		to, place, ok := d.orderedTo(v, s.hi)
		if !ok || slices.ContainsFunc(d.evs[start:], func(m *eventMention) bool { return m.typ == graph.OtherEvent && m.lo > v && m.lo < to }) {
			continue
		}
		who := d.subjectBefore(v, si)
		if who == nil {
			continue
		}
		parts := []*entity{who}
		for _, sp := range d.walk(v+1, to) {
			if e := actorOf(sp); e != nil && e.typ == graph.Organization {
				parts = appendUnique(parts, e) // "150 police and Defence Force personnel"
			}
		}
		// Told by "deploy", the mention is named "deployment" as the verb's
		// own mentions are.
		m := &eventMention{lo: v, hi: v + 1, sent: si, typ: graph.OtherEvent, verb: true, noun: "deploy",
			mod: d.modalityAt(v), parts: parts, loc: place}
		d.insertMention(start, m)
	}
}

// orderedTo finds the "to" that sends the force ordered at v to a place:
// a force word, then "to" and a named place or "the" and a place word. It
// returns that "to", the named place if any, and whether the order sends
// a force at all.
func (d *doc) orderedTo(v, end int) (to int, place *entity, ok bool) {
	force := false
	for k := v + 1; k < end && k <= v+orderReach; k++ {
		w := d.toks[k].lower
		switch {
		case orderedForces[w]:
			force = true
		case w == "to":
			if !force {
				return 0, nil, false
			}
			if e := d.namedAt(k + 1); e != nil && (e.typ == graph.Location || e.typ == graph.Country) {
				return k, e, true
			}
			return k, nil, d.tok(k+1).lower == "the" && (placeKeywords[d.tok(k+2).lower] || groundWords[d.tok(k+2).lower])
		case d.isBreak(k):
			return 0, nil, false
		}
	}
	return 0, nil, false
}
