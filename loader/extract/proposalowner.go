package extract

// proposalNounAt reports whether a proposal noun starts at k, or after one
// lower-case modifier: "plan", "peace plan", "reform bill".
func (d *doc) proposalNounAt(k int) bool {
	if ownedProposals[d.tok(k).lower] {
		return true
	}
	t := d.tok(k)
	return t.kind == tokWord && !t.cap && d.spanAt[min(k, len(d.toks)-1)] == 0 && ownedProposals[d.tok(k+1).lower]
}

// ownedProposals are the proposal nouns a state's adjective can own.
var ownedProposals = setOf("proposal", "proposals", "plan", "offer", "initiative", "roadmap", "blueprint")

// proposalOwner returns who a proposal named by a noun belongs to: "Lee's
// proposal", "its plan", "a Greek plan", "the Iranian peace proposal",
// "a proposal by Peru".
func (d *doc) proposalOwner(m *eventMention) *entity {
	if m.verb || !proposalNouns[d.toks[m.hi-1].lower] {
		return nil
	}
	if p := d.owner(m); p != nil {
		return p
	}
	if p := d.possessor(m); p != nil {
		return p
	}
	if a := d.offerAgents(m.hi - 1); len(a) > 0 {
		return a[0] // "a proposal by Peru for a truce"
	}
	for k := m.lo - 1; k >= m.lo-2 && k > 0; k-- {
		if sp, e := d.actorAt(k); e != nil {
			if sp.country && sp.hi == k+1 {
				return e // the state's adjective
			}
			return nil
		}
		if t := d.toks[k]; t.kind != tokWord || t.cap {
			return nil
		}
	}
	return nil
}

// refusedBy reports whether the proposal noun m is the object of a refusal
// or rebuke ("Algeria rejected the plan"), whose subject opposes it and so
// is not the one offering it.
func (d *doc) refusedBy(m *eventMention) bool {
	if m.verb {
		return false
	}
	for k := m.lo - 1; k >= m.lo-5 && k > 0; k-- {
		w := d.toks[k].lower
		if refusingVerb(w) {
			return true
		}
		if w == "," || w == "." || w == "and" || w == "but" || w == "which" || w == "that" {
			return false
		}
	}
	return false
}

// refusingVerb reports whether w refuses or rebukes what it takes as its
// object: "rejected", "condemned", "vetoed".
func refusingVerb(w string) bool {
	return rejectVerbs[w] || criticizeVerbs[w] || condemnVerbs[w] || opposeVerbs[w]
}

// proposalsApart reports whether the proposal m is another than e: two
// proposals named in one sentence by disjoint parties ("a Greek plan ...
// and a Cypriot proposal") are two.
func proposalsApart(e *event, m *eventMention) bool {
	if len(m.parts) == 0 {
		return false
	}
	for _, o := range e.mentions {
		if o.sent != m.sent || len(o.parts) == 0 {
			continue
		}
		for _, p := range m.parts {
			if hasEntity(o.parts, p) {
				return false
			}
		}
		return true
	}
	return false
}

// stateGroupAt reports whether a phrase naming a pair of states starts at
// k: "the two countries", "both nations" stand for states, never the
// bodies last named.
func (d *doc) stateGroupAt(k int) bool {
	g := d.groupWords(k)
	if g == 0 {
		return false
	}
	w := d.tok(k + g - 1).lower
	return w == "countries" || w == "nations" || w == "states" || w == "neighbours" || w == "neighbors"
}
