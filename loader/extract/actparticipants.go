package extract

import "github.com/geokg/geokg/graph"

// The one who imposes a curfew or orders a force to a place, the force
// sent, and a force that readies its own deployment take part in that act
// as a delegate takes part in talks; analysts record them so. A force only
// ready to deploy offers the deployment instead (readinessRelations).
// Other acts of state (a ban, a deportation) keep their parties only as
// the ones acting and acted on.

// actParticipants adds a took-part claim for each party of a curfew, of a
// deployment an order tells of, and of one its force prepares.
func (d *doc) actParticipants() {
	for _, m := range d.evs {
		if m.ev == nil || m.typ != graph.OtherEvent || !d.curfewAt(m.lo, m.hi) && !d.orderedDeployment(m) && !d.preparedDeployment(m) {
			continue
		}
		for _, p := range m.parts {
			d.addClaim(claim{src: ent(p), dst: evt(m.ev), typ: graph.ParticipatedIn, mod: m.mod, sent: m.sent, conf: 0.6})
		}
	}
}

// orderedDeployment reports whether m is a deployment an order tells of
// (addOrderedDeployments).
func (d *doc) orderedDeployment(m *eventMention) bool {
	return m.verb && m.noun == "deploy" && deployOrderVerbs[d.toks[m.lo].lower]
}

// preparedDeployment reports whether m is a deployment its force prepares:
// "the force prepares to deploy its first contingents".
func (d *doc) preparedDeployment(m *eventMention) bool {
	w := d.tok(m.lo - 2).lower
	return m.verb && deployVerbs[d.toks[m.lo].lower] && d.tok(m.lo-1).lower == "to" && (w == "prepares" || w == "preparing")
}
