package extract

import "github.com/geokg/geokg/graph"

// rejectedAsk reads a rejection whose object is a demand, named with its
// maker or not ("dismissed the G7 call", "rejected the Russian demand",
// "rejected that condition"): it returns the event the latest such demand
// (or condition set) asked for, or nil when the object is no demand or
// nothing asked was told.
func (d *doc) rejectedAsk(k int) *event {
	var asker *entity
	ok := false
	_, hi := d.clause(k)
	j := k + 1
	for ; j < hi && j < k+7; j++ {
		t := d.toks[j]
		if askNouns[t.lower] {
			ok = true
			break
		}
		if askDeterminers[t.lower] {
			continue
		}
		if sp, e := d.actorAt(j); e != nil {
			if asker != nil {
				return nil
			}
			asker, j = e, sp.hi-1
			if d.tok(sp.hi).lower == "'s" {
				j++
			}
			continue
		}
		if t.kind != tokWord || t.cap || d.trigAt[j] || d.spanAt[j] != 0 || rejectBreaks[t.lower] {
			return nil
		}
	}
	if !ok {
		return nil
	}
	if n := d.tok(j + 1).lower; n == "for" || n == "to" || n == "that" || n == "of" {
		return nil // "the call for talks", "the demand that ...": the phrase names its own object
	}
	c := d.latestClaim(int(d.sentOf[k]), 4, func(c *claim) bool {
		if c.dst.ev == nil {
			return false
		}
		switch c.typ {
		case graph.ConditionedOn:
			return true // "ready for a truce, but only if X": X is what was asked
		case graph.Demanded:
			return asker == nil || c.src.ent == asker || d.speakingState(c.src.ent) == asker
		}
		return false
	})
	if c == nil {
		return nil
	}
	return c.dst.ev
}

// askDeterminers open the noun phrase of a demand rejected.
var askDeterminers = setOf("the", "that", "this", "these", "those", "its", "their", "such", "any")

// askNouns name what a party asked of another, which a rejection answers.
var askNouns = setOf("demand", "demands", "request", "requests", "ultimatum", "call", "calls", "appeal", "appeals",
	"condition", "conditions")
