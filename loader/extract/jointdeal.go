package extract

import "github.com/geokg/geokg/graph"

// Two sides that announce or unveil a deal together tell it as theirs:
// "Kenya and Ethiopia on Monday announced a border trade agreement". One body announcing a deal may only report it ("the ministry
// announced the deal between A and B"), so only a subject of two or more
// makes its members parties.

// unveilVerbs make a deal public.
var unveilVerbs = verbSet("announce", "unveil")

// jointlyAnnounced reports whether the verb at k is two or more actors
// announcing an agreement named as its object.
func (d *doc) jointlyAnnounced(k, si int) bool {
	if !unveilVerbs[d.toks[k].lower] {
		return false
	}
	targets := d.objectMentions(k, false)
	if len(targets) == 0 || targets[0].typ != graph.Agreement {
		return false
	}
	return len(d.subjectGroup(k, si)) >= 2
}
