package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// A council's vote that endorses a plan is two things: the vote, in which
// the body and the states voting take part, and the resolution adopting
// the plan, an agreement its drafters offered and the body agreed to. Only
// the agreement can be offered (an OFFERED edge points at a proposal or an
// agreement), so the drafters are stated on it rather than on the vote.

// adoptionWords before a plan say a body took it up as its own: "voted to
// endorse a US-drafted plan", "backed the peace proposal".
var adoptionWords = setOf("adopted", "adopts", "adopt", "approved", "approves", "approve", "endorsed", "endorses",
	"endorse", "backed", "backs", "back")

// adoptedText returns the agreement a council's vote made of a plan, as a
// mention of its own on the vote's words, when the vote's sentence tells
// that the body endorsed or adopted a plan or proposal: "the Security
// Council voted to endorse a US-drafted plan". A resolution that only
// censures or authorises ("passed a resolution censuring Iran") is the
// vote alone; a vote to come, a veto or a text that failed adopts nothing.
func (d *doc) adoptedText(m *eventMention) []*eventMention {
	if m.body == nil || m.mod != graph.Asserted {
		return nil
	}
	for _, o := range d.evs {
		if o.body == m.body && d.twinOf(o, graph.Agreement) != nil {
			return nil // one text per body's vote
		}
	}
	// The lede often tells the endorsement and the next sentence the
	// resolution: "The council on Friday endorsed Morocco's plan ... The
	// US-drafted resolution passed with 11 votes".
	for si := m.sent; si < len(d.sents) && si <= m.sent+2; si++ {
		if s := d.sents[si]; d.wordBetween(s.lo, s.hi, vetoWords) {
			return nil // "Russia vetoed the resolution": adopted nothing
		}
	}
	adopted := false
	for si := m.sent; si >= 0 && si >= m.sent-2 && !adopted; si-- {
		adopted = d.bodyAdopts(si, m.body)
	}
	if !adopted && councilOfStates(m.body) {
		// A resolution of a council or assembly of states (the UN's, a
		// regional bloc's) binds or speaks for its members whatever it does ("voted to extend the mission",
		// "adopted a resolution calling for"), so a text it passed is
		// the members' agreement.
		for si := m.sent; si < len(d.sents) && si <= m.sent+1 && !adopted; si++ {
			adopted = d.textPassed(si)
		}
	}
	if !adopted {
		return nil
	}
	c := *m
	c.typ = graph.Agreement
	c.body = nil
	c.parts = []*entity{m.body}
	c.verb = false
	c.noun = "resolution" // what the body adopted is its text
	return []*eventMention{&c}
}

// bodyAdopts reports whether sentence si tells that body endorsed or
// adopted a plan: the body named before the verb, the plan after it.
func (d *doc) bodyAdopts(si int, body *entity) bool {
	s := d.sents[si]
	named := false
	for k := s.lo; k < s.hi; k++ {
		w := d.toks[k].lower
		_, e := d.actorAt(k)
		switch {
		case e == body:
			named = true
		case named && adoptionWords[w] && d.planAfter(k+1, s.hi):
			// Not "failed to endorse", "did not back".
			p, pp := d.tok(k-1).lower, d.tok(k-2).lower
			if p != "not" && p != "never" && !(p == "to" && (pp == "failed" || pp == "refused" || pp == "declined")) {
				return true
			}
		}
	}
	return false
}

// vetoWords tell that a text was vetoed.
var vetoWords = setOf("vetoed", "veto", "vetoes")

// councilOfStates reports whether a voting body is a council or assembly of
// states rather than a state's own house or an agency's board, whose
// resolutions judge a member ("declared Iran in breach") rather than
// settle anything between states.
func councilOfStates(e *entity) bool {
	if !votingBody(e) || nationalBody(e) {
		return false
	}
	f := strings.Fields(strings.ToLower(e.name))
	last := f[len(f)-1]
	return last == "council" || last == "assembly"
}

// passWords tell that a text was carried. Unlike adoptionWords they hold
// "passed", said of a text, and neither "backed" nor the base forms after
// "voted to".
var passWords = setOf("adopted", "adopts", "passed", "approved", "endorsed")

// textPassed reports whether sentence si tells that a text was carried:
// "adopted a resolution", "the resolution ... was approved", "voted
// unanimously on Thursday to extend". "Voted against" and "failed to
// pass" carry nothing.
func (d *doc) textPassed(si int) bool {
	s := d.sents[si]
	for k := s.lo; k < s.hi; k++ {
		w := d.toks[k].lower
		if p := d.tok(k - 1).lower; p == "not" || p == "never" || p == "to" || p == "would" {
			continue
		}
		if passWords[w] {
			return true
		}
		if w != "voted" {
			continue
		}
		for j := k + 1; j < s.hi && j <= k+4; j++ {
			t := d.toks[j]
			if t.lower == "to" {
				return d.tok(j+1).kind == tokWord && !d.tok(j+1).cap
			}
			if !(t.lower == "unanimously" || t.lower == "on" || isWeekday(t.lower)) {
				break
			}
		}
	}
	return false
}

// planAfter reports whether a plan or proposal is named within a few words
// from k, before hi: "endorsed Morocco's autonomy plan".
func (d *doc) planAfter(k, hi int) bool {
	for j := k; j < hi && j < k+8; j++ {
		w := d.toks[j].lower
		if w == "resolution" || w == "draft" {
			return false // "backed a draft resolution": the vote's own text
		}
		if proposalNouns[w] {
			return true
		}
	}
	return false
}

// twinOf returns the mention of type typ set on the same words as the
// vote mention v, nil when none: the agreement a vote adopted or the
// proposal it vetoed.
func (d *doc) twinOf(v *eventMention, typ graph.EventType) *eventMention {
	for _, t := range d.evs {
		if t != v && t.typ == typ && t.lo == v.lo && t.hi == v.hi {
			return t
		}
	}
	return nil
}

// textOf returns the event of type typ set on the words of the vote event
// e, nil when none: the agreement e adopted (graph.Agreement) or the
// proposal it vetoed (graph.Proposal).
func (d *doc) textOf(e *event, typ graph.EventType) *event {
	for _, v := range e.mentions {
		if t := d.twinOf(v, typ); t != nil && t.ev != nil {
			return t.ev
		}
	}
	return nil
}
