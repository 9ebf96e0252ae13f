package extract

import "github.com/geokg/geokg/graph"

// A judgement held back is no judgement made: "has yet to condemn the
// raid", "declined to criticise Beijing", "stopped short of condemning",
// "refrained from criticising". The raid itself still took place: a
// negation that bears on a verb of judgement leaves its object told as
// fact ("has not condemned the attack").

// withholdHeads hold back the verb of judgement that follows them, through
// "to", "from" or "of".
var withholdHeads = setOf("declined", "declines", "declining", "refrained", "refrains", "refraining", "avoided",
	"avoids", "avoiding", "yet", "short", "reluctant", "hesitated", "hesitant", "unwilling")

// withheldStance reports whether the verb of judgement at k is held back
// by a head before it: "has yet to publicly condemn", "avoided
// criticising".
func (d *doc) withheldStance(k int) bool {
	j := k - 1
	for j >= 0 && j > k-3 && lyAdverb(d.toks[j]) {
		j--
	}
	if j < 0 {
		return false
	}
	if w := d.toks[j].lower; w == "to" || w == "from" || w == "of" {
		j--
		for j >= 0 && j > k-6 && lyAdverb(d.toks[j]) {
			j--
		}
	}
	return j >= 0 && withholdHeads[d.toks[j].lower]
}

// stanceIn reports whether the negation at k bears on a verb of judgement
// told before the event at p: "has not condemned the attack", "did not
// publicly criticise the strikes". The event is told as fact.
func (d *doc) stanceIn(k, p int) bool {
	for j := k + 1; j < p && j <= k+3; j++ {
		if w := d.toks[j].lower; condemnVerbs[w] || criticizeVerbs[w] {
			return true
		}
	}
	return false
}

// dropWithheldCondemnations drops every condemnation told as not made:
// a condemnation held back records nothing between the two sides, and
// what was left unsaid is the article's comment, not the speaker's act.
// A criticism held back ("avoided direct criticism of Washington") stays:
// the restraint itself is reported as a stance.
func (d *doc) dropWithheldCondemnations() {
	d.dropClaims(func(c claim) bool { return c.typ == graph.Condemned && c.mod == graph.Denied })
}
