package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// A council's or board's vote on a resolution is one happening: the body
// that votes takes part in it, the states that drafted the text offer it,
// and those that vote against or veto it reject it. Wire copy names the
// body once, in the lede, and tells the count, the drafters and the votes
// of single states in the sentences after, so the body is sought back
// through the article and the votes are joined to the latest resolution.

// resolutionHeads name a resolution voted on, or the vote itself.
var resolutionHeads = setOf("resolution", "resolutions", "voted")

// resolutionQualifiers may stand right before a resolution voted on:
// "the US-drafted resolution", "its annual resolution".
var resolutionQualifiers = setOf("drafted", "sponsored", "co-sponsored", "annual", "binding", "non-binding", "landmark")

// votingBodyHeads end the name of a body that votes on resolutions: "UN
// Security Council", "General Assembly", "IAEA Board of Governors",
// "European Parliament".
var votingBodyHeads = setPlus(chamberNouns, "council", "assembly", "governors", "board")

// voteWordsNear show that a sentence tells a vote: only then is a body
// named in an earlier sentence the one that voted.
var voteWordsNear = setOf("vote", "votes", "voted", "voting", "abstained", "abstentions", "abstention", "vetoed",
	"veto", "adopted", "adopt", "adopts", "passed", "approved", "drafted", "draft", "favour", "favor", "against",
	"unanimously", "tabled", "sponsored", "co-sponsored")

// draftVerbs before "by" name who wrote a resolution: "drafted by Britain,
// France and Germany", "put forward by Malta".
var draftVerbs = setOf("drafted", "tabled", "sponsored", "co-sponsored", "submitted", "introduced", "proposed", "authored", "penned")

// votingBody reports whether e votes on resolutions. A state's security
// council advises its leader; it adopts no resolutions.
func votingBody(e *entity) bool {
	if e == nil || e.typ != graph.Organization {
		return false
	}
	name := strings.ToLower(e.name)
	if strings.Contains(name, "national security") || strings.Contains(name, "military council") {
		return false
	}
	f := strings.Fields(name)
	return len(f) > 1 && votingBodyHeads[f[len(f)-1]]
}

// resolutionMention reports whether m names a resolution as a text voted
// on ("adopted a resolution", "the resolution, drafted by") rather than
// the settling of a dispute ("the resolution of the conflict").
func (d *doc) resolutionMention(m *eventMention) bool {
	if m.typ == graph.Election && m.hi-m.lo == 1 && d.toks[m.lo].lower == "vote" {
		return true // let through by resolutionBefore
	}
	if m.typ != graph.OtherEvent || m.hi-m.lo != 1 || !resolutionHeads[d.toks[m.lo].lower] {
		return false
	}
	if d.toks[m.lo].lower == "voted" {
		return true
	}
	// "Resolution 2231" is an old text cited, not a vote told.
	next := d.tok(m.hi)
	return next.lower != "of" && next.lower != "to" && next.kind != tokNumber
}

// resolutionBody makes the body that voted a party of a resolution whose
// sentence tells the vote: the body named in the sentence, or else the
// latest named before it.
func (d *doc) resolutionBody(m *eventMention) {
	if !d.resolutionMention(m) {
		return
	}
	if !d.voteSentence(m.sent) {
		// "Moscow criticised the resolution": the one voted on before.
		if w := d.tok(m.lo - 1).lower; w == "the" || w == "this" {
			for i := len(d.evs) - 1; i >= 0; i-- {
				if p := d.evs[i]; p.body != nil {
					m.body = p.body
					m.parts = appendUnique(m.parts, m.body)
					break
				}
			}
		}
		return
	}
	s := d.sents[m.sent]
	for _, sp := range d.walk(s.lo, s.hi) {
		if e := actorOf(sp); votingBody(e) {
			m.body = e
			break
		}
	}
	if m.body == nil {
		m.body = d.lastVotingBody(s.lo)
	}
	if m.body != nil {
		m.parts = appendUnique(m.parts, m.body)
		m.typ = graph.OtherEvent // "the council's vote" is no election
		if m.loc != nil && m.loc.typ == graph.Country && !nationalBody(m.body) {
			// "a resolution on abuses in Sudan", or the state read for a
			// national vote: a council sits in its city, not in the
			// state it votes about.
			m.loc = nil
		}
	}
}

// nationalBody reports whether a voting body is a state's own house, whose
// votes are held in its state.
func nationalBody(e *entity) bool {
	name := strings.ToLower(e.name)
	f := strings.Fields(name)
	if chamberNouns[f[len(f)-1]] {
		return !strings.Contains(name, "european")
	}
	return strings.Contains(name, "national assembly")
}

// resolutionBefore reports whether the vote word at k tells of the
// resolution a council voted on before: of the votes and texts named up
// to k, the latest is a resolution, not an election, and a voting body is
// named.
func (d *doc) resolutionBefore(k int) bool {
	if d.tok(k+1).lower == "of" {
		return false // "by a vote of 12 to 3": a count
	}
	for j := k - 1; j >= 0; j-- {
		switch d.toks[j].lower {
		case "resolution", "resolutions":
			return d.lastVotingBody(k) != nil
		case "election", "elections", "referendum", "polls", "ballot", "runoff", "confidence", "motion", "impeachment":
			return false
		}
	}
	return false
}

// lastVotingBody returns the latest body that votes on resolutions named
// before k, nil when none.
func (d *doc) lastVotingBody(k int) *entity {
	for _, sp := range d.walkBack(0, k) {
		if e := actorOf(sp); votingBody(e) {
			return e
		}
	}
	return nil
}

// voteSentence reports whether sentence si tells a vote.
func (d *doc) voteSentence(si int) bool {
	s := d.sents[si]
	for j := s.lo; j < s.hi; j++ {
		if voteWordsNear[d.toks[j].lower] {
			return true
		}
	}
	return false
}

// voteRoles states who took part in each vote on a resolution and how:
// the body, the drafters (OFFERED), the states voting against or vetoing
// (REJECTED as well) and those abstaining.
func (d *doc) voteRoles() {
	// A vote's later mentions ("refused to take part in the vote") do not
	// change how it was held: its first mention gives the modality.
	var last *eventMention
	lastSent := 0
	next := 0
	for si, s := range d.sents {
		if s.heading {
			continue
		}
		for ; next < len(d.evs) && d.evs[next].sent <= si; next++ {
			m := d.evs[next]
			if m.body == nil || m.ev == nil {
				continue
			}
			lastSent = m.sent
			if last == nil || last.ev != m.ev {
				last = m
				d.addClaim(claim{src: ent(m.body), dst: evt(m.ev), typ: graph.ParticipatedIn, mod: m.mod, sent: m.sent, conf: 0.6})
				if t := d.textOf(m.ev, graph.Agreement); t != nil {
					if t.date == nil {
						t.date = m.ev.date // adopted when voted
					}
					d.addClaim(claim{src: ent(m.body), dst: evt(t), typ: graph.Agreed, mod: t.mod, sent: m.sent, conf: 0.6})
				}
			}
		}
		if last == nil || si-lastSent > 3 {
			continue
		}
		d.voteSentenceRoles(si, last)
	}
}

// voteSentenceRoles reads one sentence for the drafters and the votes of
// the resolution vote m.
func (d *doc) voteSentenceRoles(si int, m *eventMention) {
	s := d.sents[si]
	e := m.ev
	// The drafters offered the text adopted or vetoed, when there is
	// one, and the vetoing state rejected the text vetoed.
	text, vetoed := e, e
	if t := d.textOf(e, graph.Agreement); t != nil {
		text = t
	} else if t := d.textOf(e, graph.Proposal); t != nil {
		text, vetoed = t, t
	}
	for k := s.lo; k < s.hi; k++ {
		w := d.toks[k].lower
		if drafters := d.draftersAt(k, s.hi); len(drafters) > 0 {
			for _, a := range drafters {
				d.voteClaim(a, text, graph.Offered, m.mod, si, m)
			}
			continue
		}
		switch {
		case (w == "against" || w == "abstentions" || w == "abstaining") && d.countBefore(k) && countListOpen[d.tok(k+1).text]:
			// "three against — Russia, China and Burkina Faso —",
			// "two abstentions (India and Brazil)".
			for _, a := range d.agentList(k+2, s.hi) {
				d.voteClaim(a, e, graph.ParticipatedIn, m.mod, si, m)
				if w == "against" {
					d.voteClaim(a, e, graph.Rejected, m.mod, si, m)
				}
			}
		case (w == "refused" || w == "declined") && d.tok(k+1).lower == "to" && d.joinsVote(k+2),
			w == "boycotted" && d.resolutionAfter(k+1):
			// "Iceland refused to take part in the vote": no part, denied.
			for _, a := range d.votersBefore(k) {
				d.voteClaim(a, e, graph.ParticipatedIn, graph.Denied, si, m)
			}
		case w == "voted" && d.votedFor(k):
			for _, a := range d.votersBefore(k) {
				d.voteClaim(a, e, graph.ParticipatedIn, m.mod, si, m)
			}
		case w == "abstained" || w == "abstain" || w == "abstaining" || w == "vetoed" || w == "voted" && d.votedAgainst(k):
			if d.tok(k-1).lower == "not" || d.tok(k-1).lower == "never" {
				continue
			}
			for _, a := range d.votersBefore(k) {
				d.voteClaim(a, e, graph.ParticipatedIn, m.mod, si, m)
				switch w {
				case "vetoed":
					d.voteClaim(a, vetoed, graph.Rejected, m.mod, si, m)
				case "voted":
					d.voteClaim(a, e, graph.Rejected, m.mod, si, m)
				}
			}
		}
	}
}

// draftedText reports whether the verb of drafting at k has a resolution
// or its text for its object: "The resolution, drafted by", "a text
// tabled by".
func (d *doc) draftedText(k int) bool {
	s := d.sents[d.sentOf[k]]
	for j := k - 1; j >= s.lo && j >= k-12; j-- {
		if resolutionTexts[d.toks[j].lower] {
			return true
		}
	}
	return false
}

// resolutionTexts name a text put to a vote.
var resolutionTexts = setOf("resolution", "resolutions", "text", "draft", "motion")

// votedAgainst reports whether "voted" at k is followed by "against" or
// "no": "Russia and China voted against", "voted against the text", "two
// members voted no".
func (d *doc) votedAgainst(k int) bool {
	return d.tok(k+1).lower == "against" || d.tok(k+1).lower == "no"
}

// votersBefore returns the actors listed right before the vote verb at k:
// "Russia, China and Burkina Faso voted against", "with China and Russia
// abstaining", "Russia on Tuesday vetoed". Only aux words, adverbs and
// the day may stand between the list and the verb, so drafters named
// earlier in the clause are not voters.
func (d *doc) votersBefore(k int) []*entity {
	s := d.sents[d.sentOf[k]]
	j := k - 1
	for j >= s.lo {
		if d.auxOrAdverb(j) {
			j--
		} else if isWeekday(d.toks[j].lower) && d.tok(j-1).lower == "on" {
			j -= 2 // "Russia on Tuesday vetoed"
		} else {
			break
		}
	}
	var out []*entity
	for j >= s.lo {
		if d.spanAt[j] == 0 {
			break
		}
		sp := &d.spans[d.spanAt[j]-1]
		e := actorOf(sp)
		if e == nil {
			break
		}
		out = append([]*entity{e}, out...)
		j = sp.lo - 1
		j = d.beforeThe(j)
		if w := d.tok(j).lower; w != "," && w != "and" {
			break
		}
		j--
		if d.tok(j).lower == "," {
			j-- // "Russia, China, and Iran"
		}
		j = d.beforeThe(j)
	}
	return out
}

// countListOpen open the list of who cast the votes just counted.
var countListOpen = setOf("—", "–", "-", "(", ":")

// countBefore reports whether a count of votes stands right before k:
// "three against", "11 abstentions".
func (d *doc) countBefore(k int) bool {
	t := d.tok(k - 1)
	_, word := numberWords[t.lower]
	return t.kind == tokNumber || word
}

// votedFor reports whether "voted" at k is a vote for the text: "voted in
// favour", "voted for the resolution".
func (d *doc) votedFor(k int) bool {
	n := d.tok(k + 1).lower
	return n == "in" && (d.tok(k+2).lower == "favour" || d.tok(k+2).lower == "favor") || n == "for" && d.resolutionAfter(k+2)
}

// joinsVote reports whether the words from k join a vote: "take part in
// the vote", "participate in the vote".
func (d *doc) joinsVote(k int) bool {
	j := k
	switch {
	case d.tok(j).lower == "take" && d.tok(j+1).lower == "part":
		j += 2
	case d.tok(j).lower == "participate" || d.tok(j).lower == "join":
		j++
	default:
		return false
	}
	if d.tok(j).lower == "in" {
		j++
	}
	return d.resolutionAfter(j)
}

// resolutionAfter reports whether a resolution or its text is named within
// a few words from k: "for the draft resolution".
func (d *doc) resolutionAfter(k int) bool {
	for j := k; j < len(d.toks) && j < k+4; j++ {
		if w := d.toks[j].lower; resolutionTexts[w] || w == "vote" || w == "voting" {
			return true
		}
	}
	return false
}

// voteClaim states one part in a vote; the body itself is stated once.
func (d *doc) voteClaim(a *entity, e *event, typ graph.RelationType, mod graph.Modality, si int, m *eventMention) {
	if a == nil || a == m.body || a.typ != graph.Country && a.typ != graph.Organization {
		return
	}
	d.addClaim(claim{src: ent(a), dst: evt(e), typ: typ, mod: mod, sent: si, conf: 0.55})
}
