package extract

import "github.com/geokg/geokg/graph"

// askedListing drops the asker from a terrorist listing asked of others:
// "urged the international community to designate the group a terrorist
// organisation" lists the group, but the one urging lists no one. The
// listing keeps those asked, when named, and the ones it would list.
func (d *doc) askedListing(m *eventMention) {
	if m.typ != graph.Sanction || !m.verb || d.tok(m.lo-1).lower != "to" || !listingVerbs[d.verbBase(d.toks[m.lo].lower)] {
		return
	}
	asked, ok := d.askedBefore(m.lo - 1)
	if !ok {
		return
	}
	var parts []*entity
	if asked != nil {
		parts = append(parts, asked)
	}
	for _, e := range m.parts {
		if d.namedIn(e, m.hi, d.sents[m.sent].hi) {
			parts = appendUnique(parts, e)
		}
	}
	m.parts = parts
	m.perp = asked // the asked would list; the asker lists no one
}

// listingVerbs put a group on a list: "designate", "re-list".
var listingVerbs = setOf("designate", "re-list")
