package extract

import "github.com/geokg/geokg/graph"

// exclusionVerbs, after a refusal, keep open what they would have closed:
// "refused to rule out talks" leaves the talks possible.
var exclusionVerbs = setOf("rule", "exclude", "deny")

// refusedExclusion reports whether the refusal at k refuses to exclude
// something: "refused to rule out", "refusing to exclude".
func (d *doc) refusedExclusion(k int) bool {
	switch d.toks[k].lower {
	case "refused", "refusing", "refuses", "refuse":
	default:
		return false
	}
	return d.tok(k+1).lower == "to" && exclusionVerbs[d.tok(k+2).lower]
}

// rejectBreaks end the object of a rejection: what follows them is a
// setting or another clause ("rejected any presence of troops on Ukrainian
// soil", "ruled out a devaluation, telling Radio X").
var rejectBreaks = setOf(",", "on", "in", "at", "to", "for", "with", "as", "that", "while", "after", "before", ";", ":")

// rejectedDirectly reports whether the actor e is what the rejection at k
// takes, or the maker of it ("rejected U.S. demands", "dismissed a warning
// by X"), rather than a party named in a setting past its object. A
// passive "rejected by X" names the one who rejects, never the rejected.
func (d *doc) rejectedDirectly(k int, e *entity) bool {
	if d.tok(k+1).lower == "by" {
		return false
	}
	_, hi := d.clause(k)
	for j := k + 1; j < hi && j < len(d.toks); j++ {
		if sp, a := d.actorAt(j); a != nil {
			if a == e {
				return true
			}
			j = sp.hi - 1
			continue
		}
		if rejectBreaks[d.toks[j].lower] || d.toks[j].text == "," {
			return false
		}
	}
	return false
}

// demandNouns name a demand a rejection answers: "rejected that demand",
// "turned down the request".
var demandNouns = setOf("demand", "demands", "request", "requests", "ultimatum")

// latestDemanded returns the event the latest demand told before token k,
// within back sentences, asked for: "Moscow demanded a withdrawal ... Kyiv
// rejected that demand" rejects the withdrawal.
func (d *doc) latestDemanded(k, back int) *event {
	c := d.latestClaim(int(d.sentOf[k]), back, func(c *claim) bool { return c.typ == graph.Demanded && c.dst.ev != nil })
	if c == nil {
		return nil
	}
	return c.dst.ev
}
