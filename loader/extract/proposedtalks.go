package extract

import "github.com/geokg/geokg/graph"

// proposeVerbs put talks forward as a plan of their own: "proposed
// resuming negotiations" is the proposal, not yet the talks. "Offered to
// host talks" stays a meeting, with its host taking part.
var proposeVerbs = setOf("proposed", "proposes", "propose", "proposing")

// proposedTalks turns a meeting that is only proposed into the proposal:
// "X proposed resuming formal negotiations", "Lee's proposal for military
// talks", "Seoul's offer of talks". Who proposes takes part. It reports
// whether the mention was turned.
func (d *doc) proposedTalks(m *eventMention) bool {
	if m.typ != graph.Meeting || m.verb {
		return false
	}
	lo, _ := d.clause(m.lo)
	for k := m.lo - 1; k >= lo && k >= m.lo-6; k-- {
		w := d.toks[k].lower
		if proposeVerbs[w] && d.tok(k+1).lower != "to" && d.spanAt[k] == 0 {
			d.makeProposal(m, d.askers(k, m.sent))
			return true
		}
		if d.trigAt[k] || d.spanAt[k] != 0 || d.toks[k].kind == tokPunct && d.toks[k].text != "-" {
			return false
		}
	}
	return false
}

// proposalOfTalks folds "a proposal for talks" (n the talks, p the
// proposal noun) into one Proposal: true when n is a meeting.
func (d *doc) proposalOfTalks(p, n *eventMention) bool {
	if n.typ != graph.Meeting || n.verb {
		return false
	}
	d.makeProposal(n, d.proposalOwners(p))
	return true
}

func (d *doc) makeProposal(m *eventMention, by []*entity) {
	m.typ = graph.Proposal
	if m.mod != graph.Conditional {
		m.mod = graph.Possible
	}
	for _, e := range by {
		m.offeredBy = appendUnique(m.offeredBy, e)
		if len(m.parts) < maxParticipants {
			m.parts = appendUnique(m.parts, e)
		}
	}
}

// fold records that proposal p was folded into n.
func (d *doc) fold(p, n *eventMention) {
	if d.folded == nil {
		d.folded = make(map[int]*eventMention)
	}
	d.folded[p.lo] = n
}

// proposalOwners returns who put the proposal noun p forward: its owner
// when a possessive names one ("Kim rejected Lee's proposal for talks"),
// else the actors of its clause.
func (d *doc) proposalOwners(p *eventMention) []*entity {
	if a := d.offerAgents(p.hi - 1); len(a) > 1 {
		return a // "a proposal by Peru and Chile for talks"
	}
	if o := d.proposalOwner(p); o != nil {
		return []*entity{o}
	}
	if d.refusedBy(p) {
		return nil // "Algeria rejected the offer of talks": not Algeria's
	}
	return d.proposers(p)
}

// offeredAlready reports whether src is recorded as proposing e, so the
// offering verb need not state the offer again.
func offeredAlready(e *event, src *entity) bool {
	for _, m := range e.mentions {
		if m.typ == graph.Proposal && hasEntity(m.offeredBy, src) {
			return true
		}
	}
	return false
}
