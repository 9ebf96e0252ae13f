package extract

import "github.com/geokg/geokg/graph"

// recentStatePair returns the two states the text last put side by side
// before token k, for "the two countries" or "both sides" when no "X and
// Y" names them: a state and a demonym's state ("Pakistan ... the Indian
// envoy"), two leaders' states, or the states of the latest two-party
// event. It looks no further back than the sentence before k's, since a
// pair named earlier has usually given way to another; nil when fewer
// than two states stand there.
func (d *doc) recentStatePair(k int) []*entity {
	if k <= 0 || k > len(d.toks) {
		return nil
	}
	si := int(d.sentOf[k-1])
	if ps, ok := d.sentencePairEvent(si, k); ok {
		return ps
	}
	lo := d.sents[max(si-1, 0)].lo
	var got []*entity
	add := func(e *entity) bool {
		if e == nil || e.typ != graph.Country {
			return false
		}
		for _, g := range got {
			if g == e {
				return false
			}
		}
		got = append(got, e)
		return len(got) == 2
	}
	for _, sp := range d.walkBack(lo, k) {
		e := actorOf(sp)
		if e == nil {
			continue
		}
		if add(d.speakingState(e)) {
			// Both states of the pair, in text order.
			return []*entity{got[1], got[0]}
		}
	}
	return nil
}

// statePairGroup reports whether the group phrase at k names two states
// or sides, which recentStatePair may resolve: not "the two leaders"
// (people), "both parties" (often political parties) or "each other".
func (d *doc) statePairGroup(k int) bool {
	if d.tok(k).lower == "two" && d.tok(k-1).lower == "the" {
		k-- // some callers point at "two" in "the two countries"
	}
	g := d.groupWords(k)
	if g == 0 || d.toks[k].lower == "each" {
		return false
	}
	switch d.tok(k + g - 1).lower {
	case "countries", "nations", "sides", "governments", "neighbours", "neighbors", "states", "militaries", "armies":
		return d.agreeVerbAfter(k+g) || d.pairMeetsAfter(k+g) || d.pairMetBetween(k)
	}
	return false
}

// agreeVerbAfter reports whether the pair's own verb of agreeing follows
// at k, over auxiliaries and adverbs ("had also agreed", "signed"). Only
// there does a pair reaching back past "X and Y" hold: as an object
// ("urged both sides") or beside a meeting the phrase often names a pair
// the text never put side by side.
func (d *doc) agreeVerbAfter(k int) bool {
	for j := k; j < k+4 && j < len(d.toks); j++ {
		w := d.toks[j].lower
		switch {
		case w == "agreed" || w == "agree" || w == "agreeing" || w == "reached" || signVerbs[w]:
			return true
		case pairVerbGlue[w]:
		default:
			return false
		}
	}
	return false
}

// pairVerbGlue may stand between a subject and its verb: "the two sides
// have also agreed".
var pairVerbGlue = setOf("had", "have", "has", "also", "already", "previously", "last", "earlier", "then", "jointly", "formally", "finally", "later", "would", "will")

// sentencePairEvent returns the states of the latest event with parties
// before k in sentence si ("The talks with Sato, their
// first since the two governments agreed"): those parties are the pair.
// ok is set when such an event stands there, even if its parties' states
// are unknown, so no pair from further back is guessed over it; an event of
// one state alone ("if Beijing refused") leaves the pair to be looked for.
func (d *doc) sentencePairEvent(si, k int) (pair []*entity, ok bool) {
	m := d.priorMention(k, 0, func(m *eventMention) bool { return m.sent == si && len(m.parts) > 0 })
	if m == nil {
		return nil, false
	}
	var states []*entity
	for _, e := range d.mentionSides(m) {
		s := d.speakingState(e)
		if s == nil {
			s = d.hostSide(e, m)
		}
		if s == nil || s.typ != graph.Country {
			return nil, true
		}
		states = appendUnique(states, s)
	}
	if len(states) < 2 {
		return nil, false
	}
	if len(states) > 2 {
		return nil, true
	}
	return states, true
}
