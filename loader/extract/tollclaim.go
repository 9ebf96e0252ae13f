package extract

import "github.com/geokg/geokg/graph"

// claimSubjects, as the subject of a killing told in a side's own
// statement, make the toll that side's claim: "saying its fighters had
// killed some 60 soldiers", "said it had killed 40 militants".
var claimSubjects = setOf("it", "they", "we")

// claimOwners open a subject that is the speaker's own side: "its
// fighters", "their men", "our forces".
var claimOwners = setOf("its", "their", "our")

// claimAux may stand between the claiming subject and its verb.
var claimAux = setOf("had", "has", "have", "also", "successfully")

// ownClaim reports whether a death toll is a side's claim of what it did
// itself: an active killing whose subject is the speaker ("its fighters
// had killed", "it killed") after a speech or claim word of its sentence,
// or "claimed to have killed". An attacker's tally of its own deed is
// often far above the figure of officials or witnesses.
func (d *doc) ownClaim(c countExpr) bool {
	if c.injured || c.key >= c.lo {
		return false // "100 were killed": no one claims it
	}
	w := d.toks[c.key].lower
	if w != "killed" && w != "killing" {
		return false
	}
	k := c.key - 1
	if d.tok(k).lower == "have" && d.tok(k-1).lower == "to" && (d.tok(k-2).lower == "claimed" || d.tok(k-2).lower == "claims" || d.tok(k-2).lower == "claiming") {
		return true
	}
	for k >= 0 && claimAux[d.toks[k].lower] {
		k--
	}
	lo := d.sents[c.sent].lo
	switch {
	case k < lo:
		return false
	case claimSubjects[d.toks[k].lower]:
	case claimOwners[d.tok(k-1).lower] && k-1 >= lo:
		k--
	case claimOwners[d.tok(k-2).lower] && k-2 >= lo:
		k -= 2 // "its own fighters"
	default:
		return false
	}
	return d.speechBetween(lo, k)
}

// markOwnClaim records a toll as a side's own claim.
func (d *doc) markOwnClaim(c *graph.Count) {
	if d.ownClaims == nil {
		d.ownClaims = make(map[*graph.Count]bool)
	}
	d.ownClaims[c] = true
}

// outranks reports whether toll c should replace toll old: the first
// figure stays, unless it gave no number and c does ("wounded dozens
// more" then "47 were treated for wounds"), or it was a side's claim of
// its own deed and c is a figure from anyone else.
func (d *doc) outranks(c, old *graph.Count) bool {
	if old == nil {
		return true
	}
	if c.Vague {
		return false
	}
	return old.Vague || d.ownClaims[old] && !d.ownClaims[c]
}
