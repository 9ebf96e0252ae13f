package extract

import "github.com/geokg/geokg/graph"

// A deal someone is only ready or open to ("said India was ready to expand
// its trade agreement with the bloc", "was open to a big deal with
// Washington") is not yet agreed by anyone: it is that side's proposal.
// Readiness to make the deal itself ("ready to sign a peace deal") still
// names the agreement, possible.

// dealMakingVerbs make the deal a readiness reaches.
var dealMakingVerbs = setOf("sign", "conclude", "reach", "strike", "seal", "finalise", "finalize", "clinch", "accept",
	"ink", "agree", "implement", "honour", "honor", "respect")

// offeredDeal retypes an agreement noun reached by a readiness to a
// proposal.
func (d *doc) offeredDeal(m *eventMention) {
	if m.typ != graph.Agreement || m.verb || m.mod == graph.Denied {
		return
	}
	lo, _ := d.clause(m.lo)
	for k := m.lo - 1; k > lo && k >= m.lo-7-d.joinedPieces(k, m.lo); k-- {
		w := d.toks[k].lower
		if quoteMarks[d.toks[k].text] || d.toks[k].text == "-" && !d.toks[k].space {
			continue // open to a "big deal", ready for an all-for-all exchange
		}
		if dealMakingVerbs[w] || agreeVerbs[w] || d.trigAt[k] || d.toks[k].kind == tokPunct {
			return
		}
		if !readyWords[w] || d.tok(k+1).lower != "to" && d.tok(k+1).lower != "for" {
			continue
		}
		switch d.tok(k - 1).lower {
		case "was", "is", "were", "are", "remains", "remained", "be", "been", "stands", "stood":
		default:
			return
		}
		by := d.subjectBefore(k, m.sent)
		if by == nil || by.typ == graph.Location {
			return
		}
		m.typ = graph.Proposal
		if m.mod == graph.Asserted {
			m.mod = graph.Possible
		}
		m.offeredBy = []*entity{by}
		m.parts = appendUnique(m.parts, by)
		return
	}
}
