package extract

import (
	"github.com/geokg/geokg/graph"
)

// Seizures of power and the acts that answer them: a military takeover,
// an arrest warrant for a ruler, a statement read in a video.

// takeoverHolders before "takeover" make it a seizure of power, not a
// company's purchase.
var takeoverHolders = setOf("military", "army", "armed", "rebel", "junta", "militia", "insurgent", "taliban", "the", "a", "this", "that", "its", "their")

// takeoverBusiness after "takeover" make it a purchase: "a takeover bid".
var takeoverBusiness = setOf("bid", "bids", "offer", "offers", "deal", "talks", "battle", "target", "approach")

// powerTakeover reports whether "takeover" at lo names a seizure of power:
// "the military takeover", "denied that the takeover was a coup"; not "a
// takeover bid" or "the takeover of the steelmaker".
func (d *doc) powerTakeover(lo, hi int) bool {
	next := d.tok(hi)
	if takeoverBusiness[next.lower] {
		return false
	}
	if next.lower == "of" {
		sp, ok := d.spanEntity(hi + 1)
		if d.tok(hi+1).lower == "the" {
			sp, ok = d.spanEntity(hi + 2)
		}
		return ok && sp.ent != nil && sp.country
	}
	return takeoverHolders[d.tok(lo-1).lower]
}

// videoPlatforms name where a video was posted: "in a Facebook video".
var videoPlatforms = setOf("facebook", "youtube", "telegram", "tiktok", "instagram", "x", "social", "online", "recorded", "televised", "new", "short", "brief", "separate")

// videoNotStatement after "video" make it footage or a call, not
// something a speaker said: "a video of the strike", "video footage".
var videoNotStatement = setOf("of", "footage", "clip", "clips", "showing", "showed", "shows", "appeared", "circulating", "link", "call", "calls", "conference", "game", "games", "surveillance")

// videoStatement reports whether "video" at lo is a statement its speaker
// made: "said in a Facebook video", "posted a video on Telegram".
func (d *doc) videoStatement(lo, hi int) bool {
	if videoNotStatement[d.tok(hi).lower] || d.toks[lo].cap && d.tok(lo-1).lower != "a" && lo > d.sents[d.sentOf[lo]].lo {
		return false
	}
	k := lo - 1
	for k > lo-3 && videoPlatforms[d.tok(k).lower] {
		k--
	}
	owner := d.tok(k).lower
	if !(owner == "a" || owner == "his" || owner == "her" || owner == "its" || owner == "their") {
		return false
	}
	p := d.tok(k - 1).lower
	return p == "in" || letterVerbs[p] || p == "released" || p == "shared"
}

// warrantIssuers before a warrant make the clause's subject its issuer.
var warrantIssuers = setOf("issued", "issues", "issue", "issuing", "sought", "seeks", "seek", "requested", "approved", "granted")

// missionSenders before a mission make the clause's subject its sender.
var missionSenders = setOf("send", "sends", "sent", "sending", "dispatch", "dispatched", "dispatches", "deploy", "deployed", "deploys")

// powerArgs fills the parties of the events this file names, which the
// common argument rules leave out because they stand far from the noun:
// the court that issues a warrant and the one it names, the body that
// sends a fact-finding mission and the state it goes to.
func (d *doc) powerArgs(m *eventMention) {
	if m.verb {
		return
	}
	head := d.toks[m.hi-1].lower
	switch {
	case head == "warrant" || head == "warrants":
		if v := d.verbBefore(m.lo, warrantIssuers); v >= 0 {
			e := d.subjectBefore(v, m.sent)
			if e == nil {
				e = d.clauseSubject(v) // "Judges at the court have issued"
			}
			if e != nil {
				m.parts = appendUnique(m.parts, e)
			}
		}
		if d.tok(m.hi).lower == "for" {
			if e := d.namedAfter(m.hi + 1); e != nil {
				m.parts = appendUnique(m.parts, e)
			}
		}
	case head == "mission" || head == "missions":
		if v := d.verbBefore(m.lo, missionSenders); v >= 0 {
			if e := d.subjectBefore(v, m.sent); e != nil {
				m.parts = appendUnique(m.parts, e)
			}
		}
		if d.tok(m.hi).lower == "to" {
			if sp, ok := d.spanEntity(m.hi + 1); ok && sp.ent != nil && sp.ent.typ == graph.Country {
				m.parts = appendUnique(m.parts, sp.ent)
				if m.loc == nil {
					m.loc = sp.ent
				}
			}
		}
	}
}

// verbBefore returns the position of a word of set among the few words
// before lo ("issued an arrest warrant"), or -1.
func (d *doc) verbBefore(lo int, set map[string]bool) int {
	for k := lo - 1; k >= 0 && k >= lo-4; k-- {
		if set[d.toks[k].lower] {
			return k
		}
		if d.isBreak(k) {
			break
		}
	}
	return -1
}

// namedAfter returns whom a phrase starting at j names: the person when one
// is named in it ("for the junta's leader, General Tamas
// Varga"), else its first actor.
func (d *doc) namedAfter(j int) *entity {
	var first *entity
	for k, sp := range d.walk(j, j+12) {
		if d.sentOf[k] != d.sentOf[j] || d.toks[k].text == ";" || d.trigAt[k] {
			break
		}
		if e := actorOf(sp); e != nil {
			if e.typ == graph.Person {
				return e
			}
			if first == nil {
				first = e
			}
		}
	}
	return first
}

// signVerbs make a text signed by its parties an agreement between them.
var signVerbs = withVerbs(setOf("inked", "initialled", "initialed"), "sign")

// signedBefore reports whether a signing verb stands right before the
// noun at lo, over its article and modifiers: "signed a joint declaration".
func (d *doc) signedBefore(lo int) bool {
	for k := lo - 1; k >= 0 && k >= lo-3; k-- {
		w := d.toks[k].lower
		if signVerbs[w] {
			return true
		}
		if !determiners[w] && w != "a" && w != "an" && !meetingModifiers[w] {
			return false
		}
	}
	return false
}

// lastMeetingPair returns the two people of the latest meeting told before
// k, when it has exactly two: whom "the two leaders" are after "X met Y".
func (d *doc) lastMeetingPair(k int) []*entity {
	var ps []*entity
	d.priorMention(k, 0, func(m *eventMention) bool {
		if m.typ != graph.Meeting {
			return false
		}
		ps = nil
		for _, e := range m.parts {
			if e.typ == graph.Person {
				ps = append(ps, e)
			}
		}
		return len(ps) >= 2 // a meeting of fewer people is passed over
	})
	if len(ps) != 2 {
		return nil
	}
	return ps
}

// purposeWords before "to" tell what a weapon is for, not what it did:
// "designed to strike", "capable of striking".
var purposeWords = setOf("designed", "capable", "able", "built", "intended", "meant", "developed")

// purposeVerb reports whether the verb at k says what something is for:
// "designed to strike", "capable of striking".
func (d *doc) purposeVerb(k int) bool {
	p := d.tok(k - 1).lower
	return (p == "to" || p == "of") && purposeWords[d.tok(k-2).lower]
}

// separateMeetings splits "held separate talks with A and B" into one
// meeting per guest: each pair met on its own. It returns the meetings
// added after m, which keeps the first pair.
func (d *doc) separateMeetings(m *eventMention) []*eventMention {
	if m.typ != graph.Meeting || len(m.pairs) < 2 || !d.separateBefore(m.lo) {
		return nil
	}
	host := m.pairs[0][0]
	for _, p := range m.pairs {
		if p[0] != host {
			return nil
		}
	}
	var out []*eventMention
	pairs := m.pairs
	for i, p := range pairs {
		n := m
		if i > 0 {
			c := *m
			n = &c
			out = append(out, n)
		}
		n.pairs = [][2]*entity{p}
		n.parts = []*entity{p[0], p[1]}
		n.separate = true
	}
	return out
}

// separateBefore reports whether "separate" qualifies the meeting noun at
// lo: "held separate bilateral talks with".
func (d *doc) separateBefore(lo int) bool {
	for k := lo - 1; k >= 0 && k >= lo-3; k-- {
		w := d.toks[k].lower
		if w == "separate" {
			return true
		}
		if !meetingModifiers[w] {
			return false
		}
	}
	return false
}
