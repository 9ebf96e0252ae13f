package extract

import "github.com/geokg/geokg/graph"

// brokersMention reports whether the actor span sp is the broker named in
// a compound right before a talks, truce, deal or plan mention: "a
// Qatar-brokered truce", "EU-mediated talks", "the US-backed plan". The
// broker takes part in what it brokered, unlike the backer in "Iran-backed
// rebels attacked", which qualifies the attackers rather than the attack.
func (d *doc) brokersMention(sp *span, m *eventMention) bool {
	if m.verb || !brokerVerbs[d.tok(sp.hi+1).lower] || sp.hi+2 > m.lo {
		return false
	}
	switch m.typ {
	case graph.Ceasefire, graph.Agreement, graph.Meeting, graph.Proposal:
	default:
		return false
	}
	return sp.hi+2 == m.lo || d.modifies(sp.hi+2, m.lo)
}

// brokersBefore keeps, of the actors left of meeting m, those that broker
// it in a compound before the noun: "Veldanian and Kestish-brokered talks between
// the rival camps" keeps both brokers as parties beside the sides.
func (d *doc) brokersBefore(m *eventMention, left []actor) []actor {
	var kept []actor
	for _, a := range left {
		if a.pos < m.lo-6 || a.prev == "group" {
			continue
		}
		for k := a.pos + 1; k < m.lo; k++ {
			if brokerVerbs[d.toks[k].lower] && d.tok(k-1).text == "-" {
				kept = append(kept, a)
				break
			}
		}
	}
	return kept
}
