package extract

import "github.com/geokg/geokg/graph"

// offerRefNouns name an offer told before, when a rejection takes them
// with no object of their own: "rejected the offer", "dismissed the
// overture", "turned down that proposal".
var offerRefNouns = setOf("offer", "offers", "overture", "overtures", "proposal", "proposals")

// offerRefLeads make such a noun point back: a definite determiner or a
// possessive ("Lima's offer").
var offerRefLeads = setOf("the", "that", "this", "these", "those", "its", "his", "her", "their", "'s", "such")

// offerComplements give the noun its own object, so it points back to
// nothing: "the offer of talks", "the proposal for a truce", "the offer to
// mediate".
var offerComplements = setOf("of", "for", "to", "on", "that")

// latestOffered returns the event the latest offer told in sentence si or
// the back sentences before it put forward, made by someone other than
// who answers it; nil when none was told.
func (d *doc) latestOffered(si, back int, answerer *entity, not *event) *event {
	c := d.latestClaim(si, back, func(c *claim) bool {
		return c.typ == graph.Offered && c.dst.ev != nil && c.dst.ev != not && (answerer == nil || c.src.ent != answerer)
	})
	if c == nil {
		return nil
	}
	return c.dst.ev
}

// bareOfferMention reports whether event e is told only by a definite
// offer noun with no object of its own, such as "the overture".
func (d *doc) bareOfferMention(e *event) bool {
	if len(e.mentions) != 1 {
		return false
	}
	m := e.mentions[0]
	if m.verb || m.hi-m.lo != 1 || !offerRefNouns[d.toks[m.lo].lower] || !offerRefLeads[d.tok(m.lo-1).lower] || d.modifiesTrigger(m.hi) {
		return false
	}
	next := d.tok(m.hi).lower
	if next == "on" {
		return isWeekday(d.tok(m.hi + 1).lower) // "rejected the proposal on Friday", not "the proposal on trade"
	}
	return !offerComplements[next]
}

// rejectedOffers points a rejection of "the offer" at what the offer told
// before put forward: "Lima said it was ready to hold talks with Santiago.
// Santiago rejected the offer" rejects the talks. The offer noun then
// names no event of its own and, with no party left, is not reported.
func (d *doc) rejectedOffers() {
	for i := range d.claims {
		c := &d.claims[i]
		if c.typ != graph.Rejected || c.dst.ev == nil || c.src.ent == nil || !d.bareOfferMention(c.dst.ev) {
			continue
		}
		bare := c.dst.ev
		to := d.latestOffered(c.sent, 3, c.src.ent, bare)
		if to == nil {
			continue
		}
		c.dst = evt(to)
		if len(bare.parts) == 1 && bare.parts[0] == c.src.ent || d.allNamedAhead(bare) {
			bare.parts = nil // the one who rejects took no part in the offer
		}
	}
}

// allNamedAhead reports whether every party of the bare offer e is named
// in its sentence ahead of the offer noun, as the rejecting subject is:
// in "China's Taiwan Affairs Office rejected the offer" neither China nor
// the office took part in the offer. e has one mention (bareOfferMention).
func (d *doc) allNamedAhead(e *event) bool {
	if len(e.parts) == 0 {
		return false
	}
	m := e.mentions[0]
	lo := d.sents[m.sent].lo
	for _, p := range e.parts {
		ahead := false
		for _, i := range p.spans {
			if sp := &d.spans[i]; sp.lo >= lo && sp.hi <= m.lo {
				ahead = true
				break
			}
		}
		if !ahead {
			return false
		}
	}
	return true
}
