package extract

import "github.com/geokg/geokg/graph"

// A text vetoed in a council's vote was put forward and never adopted: a
// proposal its drafters offered and the vetoing state rejected, beside the
// vote in which the council and the states voting took part.

// vetoedText returns the proposal a vetoed resolution was, as a mention of
// its own on the vote's words, when the vote's sentence or the two after
// it tell that a state vetoed the text, and it or the three after name
// who drafted it: "Russia
// vetoed a resolution demanding a truce ... The British-drafted text
// received 13 votes". A text vetoed but drafted by no one named stays the
// vote alone.
func (d *doc) vetoedText(m *eventMention) []*eventMention {
	if m.body == nil || m.mod != graph.Asserted {
		return nil
	}
	for _, o := range d.evs {
		if o.body == m.body && (d.twinOf(o, graph.Agreement) != nil || d.twinOf(o, graph.Proposal) != nil) {
			return nil // one text per body's vote
		}
	}
	vetoed := false
	var drafters []*entity
	for si := m.sent; si < len(d.sents) && si <= m.sent+3; si++ {
		s := d.sents[si]
		for k := s.lo; k < s.hi; k++ {
			if si <= m.sent+2 && d.vetoOfText(k) {
				vetoed = true
			}
			for _, a := range d.draftersAt(k, s.hi) {
				if a != m.body && (a.typ == graph.Country || a.typ == graph.Organization) {
					drafters = appendUnique(drafters, a)
				}
			}
		}
	}
	if !vetoed || len(drafters) == 0 {
		return nil
	}
	c := *m
	c.typ = graph.Proposal
	c.body = nil
	c.parts = drafters
	c.loc = nil // a text is drafted nowhere the vote tells
	c.verb = false
	c.noun = "draft resolution"
	return []*eventMention{&c}
}

// vetoOfText reports whether k tells a veto of a text: "vetoed a UN
// Security Council resolution", "vetoed the draft". "Threatened to veto"
// and "lifted its veto" veto nothing.
func (d *doc) vetoOfText(k int) bool {
	if w := d.toks[k].lower; w != "vetoed" && w != "vetoes" {
		return false
	}
	if p := d.tok(k - 1).lower; p == "not" || p == "never" || p == "have" || p == "had" && d.tok(k-2).lower == "would" {
		return false
	}
	s := d.sents[d.sentOf[k]]
	for j := k + 1; j < s.hi && j <= k+8; j++ {
		t := d.toks[j]
		if resolutionTexts[t.lower] {
			return true
		}
		if t.text == "," || t.text == ";" || d.trigAt[j] && !resolutionTexts[t.lower] && d.spanAt[j] == 0 {
			return false
		}
	}
	return false
}

// draftersAt returns who drafted a resolution as told at k, nil when k
// tells no drafting: "drafted by Britain, France and Germany", "put forward
// by Algeria", "the US-drafted resolution".
func (d *doc) draftersAt(k, hi int) []*entity {
	w := d.toks[k].lower
	switch {
	case (draftVerbs[w] || w == "forward" && d.tok(k-1).lower == "put") && d.tok(k+1).lower == "by" && d.draftedText(k):
		return d.agentList(k+2, hi)
	case w == "drafted" && d.tok(k-1).text == "-":
		if _, a := d.actorAt(k - 2); a != nil {
			return []*entity{a}
		}
	}
	return nil
}
