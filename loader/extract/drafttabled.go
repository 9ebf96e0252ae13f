package extract

import "github.com/geokg/geokg/graph"

// A draft resolution a state circulates, tables or submits is not yet a
// vote: it is the state's proposal, offered by it, until a council votes
// on it. "France may circulate a draft resolution next week", "a draft
// resolution submitted by Brazil".

// voteOutcomes tell that a sentence reports a vote held on the text, which
// then stays the vote: "adopted a draft resolution submitted by Brazil".
var voteOutcomes = setOf("vote", "votes", "voted", "voting", "adopted", "adopts", "adopt", "passed", "passes",
	"approved", "approves", "vetoed", "vetoes", "veto", "rejected", "abstained", "abstaining", "abstentions",
	"favour", "favor", "unanimously", "endorsed", "endorses")

// draftTabled makes a resolution its sentence tells as put forward, and
// not voted on, a proposal of whoever put it forward.
func (d *doc) draftTabled(m *eventMention) {
	if m.typ != graph.OtherEvent || m.hi-m.lo != 1 {
		return
	}
	if w := d.toks[m.lo].lower; w != "resolution" && w != "resolutions" {
		return
	}
	draft := d.tok(m.lo-1).lower == "draft"
	if n := d.tok(m.hi); n.lower == "of" || n.lower == "to" && !draft || n.kind == tokNumber {
		return // "a resolution of the dispute", "Resolution 2231"; not "a draft resolution to the council"
	}
	if s := d.sents[m.sent]; d.wordBetween(s.lo, s.hi, voteOutcomes) {
		return
	}
	lo := m.lo
	if draft {
		lo--
	} else if a := d.tok(lo - 1).lower; a != "a" && a != "an" {
		return // "the resolution" is most often the one voted on before
	}
	// The author reads as for a plan: "a draft resolution tabled by
	// Norway", "Brazil submitted a draft resolution".
	c := *m
	c.lo = lo
	a := d.authorAgent(&c)
	if a == nil {
		a = d.putForwardSubject(&c)
	}
	if a == nil || a.typ != graph.Country && a.typ != graph.Organization {
		return
	}
	m.typ = graph.Proposal
	m.offeredBy = []*entity{a}
	m.parts = appendUnique(m.parts, a)
	if lo < m.lo {
		m.noun = "draft resolution"
	}
}
