package extract

import "github.com/geokg/geokg/graph"

// chargeVerbs answer a charge named in apposition to the happening it
// charges: "..., a charge the ministry rejected", "..., charges both men
// deny".
var chargeVerbs = setOf("deny", "denies", "denied", "reject", "rejects", "rejected", "dispute", "disputes", "disputed")

// chargeAdverbs may stand between the answering subject and its verb.
var chargeAdverbs = setOf("has", "have", "had", "also", "strongly", "firmly", "flatly", "repeatedly", "vehemently", "both")

// chargeReply reads a denial whose object is a charge noun set in
// apposition after the happening charged: "accused the party of buying
// votes, a charge the party rejected". Those who deny reject the
// happening told before the charge noun; it reports whether it read one.
func (d *doc) chargeReply(k, si int) bool {
	if !chargeVerbs[d.toks[k].lower] {
		return false
	}
	if n := d.tok(k + 1); n.kind == tokWord && !argPreps[n.lower] {
		return false // "a charge that X denied the report": the verb has its own object
	}
	j := k - 1
	for j > d.sents[si].lo && chargeAdverbs[d.toks[j].lower] {
		j--
	}
	if j <= d.sents[si].lo+2 {
		return false // no charge noun and happening fit before the subject
	}
	var srcs []*entity
	lo := j
	switch w := d.toks[j].lower; {
	case w == "men" || w == "women" || w == "leaders":
		// "both men deny": the two persons the sentence named before
		if d.tok(j-1).lower != "both" && !(d.tok(j-1).lower == "two" && d.tok(j-2).lower == "the") {
			return false
		}
		lo = j - 1
		if d.tok(lo).lower == "two" {
			lo--
		}
		srcs = d.personsBefore(si, lo, 2)
	case w == "he" || w == "she":
		srcs = d.personsBefore(si, j, 1)
	default:
		sp, e := d.actorAt(j)
		if e == nil || sp.hi != j+1 {
			return false
		}
		lo, srcs = sp.lo, []*entity{e}
	}
	if len(srcs) == 0 {
		return false
	}
	// the charge noun, with "a"/"the" and the comma before it
	c := lo - 1
	if d.tok(c).lower == "that" || d.tok(c).lower == "which" {
		c--
	}
	if !accusationNouns[d.tok(c).lower] {
		return false
	}
	p := c - 1
	if w := d.tok(p).lower; w == "a" || w == "the" {
		p--
	}
	if d.tok(p).text != "," || p <= d.sents[si].lo {
		return false
	}
	ev := d.eventEndingBefore(si, p, 30) // the charge may follow a long list of those charged
	if ev == nil {
		return d.chargeAccuserReply(k, si, srcs)
	}
	for _, src := range srcs {
		d.addClaim(claim{src: ent(src), dst: evt(ev), typ: graph.Rejected, mod: d.modalityAt(k), sent: si, conf: 0.5})
	}
	return true
}

// personsBefore returns the persons sentence si names before token hi when
// there are exactly n of them, so that "he" or "both men" stands for no
// guess.
func (d *doc) personsBefore(si, hi, n int) []*entity {
	var out []*entity
	for _, e := range d.actorsBetween(d.sents[si].lo, hi) {
		if e.typ == graph.Person {
			out = append(out, e)
		}
	}
	if len(out) != n {
		return nil
	}
	return out
}

// eventEndingBefore returns the event of the last mention of sentence si
// that ends by token p, or nil when that mention ends more than within
// tokens before p; a nearer mention that names no event does not hide it.
func (d *doc) eventEndingBefore(si, p, within int) *event {
	for i := d.evStart[si+1] - 1; i >= d.evStart[si]; i-- {
		if m := d.evs[i]; m.hi <= p && m.ev != nil {
			if p-m.hi <= within {
				return m.ev
			}
			return nil
		}
	}
	return nil
}

// chargeAccuserReply reads a charge that names no event: "Iraq accused
// Ankara of choking the rivers, a charge Turkey denies" turns down the
// accuser, the source of the sentence's criticism aimed at the one who
// denies or at the state it speaks for. Only a state's charge is turned
// down so: it is a standing dispute between states, while the charge of a
// spokesman or of experts is answered by the denial of what they claim.
func (d *doc) chargeAccuserReply(k, si int, srcs []*entity) bool {
	found := false
	for _, src := range srcs {
		state := d.speakingState(src)
		c := d.latestClaim(si, 0, func(c *claim) bool {
			if c.typ != graph.Criticized || c.src.ent == nil || c.dst.ent == nil || c.src.ent == src || c.src.ent.typ != graph.Country {
				return false
			}
			return c.dst.ent == src || state != nil && c.dst.ent == state
		})
		if c != nil {
			d.addClaim(claim{src: ent(src), dst: ent(c.src.ent), typ: graph.Rejected, mod: d.modalityAt(k), sent: si, conf: 0.5})
			found = true
		}
	}
	return found
}
