package extract

import "github.com/geokg/geokg/graph"

// unnamedEnvoyOf reports whether the state at sp owns an envoy a meeting
// verb takes as its object with no name of his own: "met China's
// ambassador on Monday". The envoy stands for his state, so the state is
// the party; "met China's ambassador, Li Wei," names the party himself.
func (d *doc) unnamedEnvoyOf(sp *span, m *eventMention) bool {
	if m.typ != graph.Meeting || !m.verb || sp.lo < m.hi || sp.lo > m.hi+1 || sp.ent == nil || sp.ent.typ != graph.Country || d.tok(sp.hi).lower != "'s" {
		return false
	}
	k := sp.hi + 1
	if w := d.tok(k).lower; !envoyWords[w] && !delegationNouns[w] {
		return false
	}
	next := k + 1
	if d.tok(next).text == "," {
		next++
	}
	return d.spanAt[min(next, len(d.toks)-1)] == 0
}
