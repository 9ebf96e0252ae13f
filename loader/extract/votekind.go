package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// voteKind names the sort of vote a trigger tells: a referendum, a vote
// of confidence and an election of people are three happenings, so "vowed
// to hold a referendum" after "won the presidential election" and "a year
// before the presidential election" after "a no-confidence vote" are each
// their own. "vote" and "ballot" may name any of them: "".
func voteKind(noun string) string {
	w := voteNoun(noun)
	switch {
	case strings.Contains(w, "referend") || strings.Contains(w, "plebiscite"):
		return "referendum"
	case strings.Contains(w, "confidence") || strings.Contains(w, "censure") || strings.Contains(w, "impeach"):
		return "confidence"
	case strings.Contains(w, "election") || strings.Contains(w, "runoff") || strings.Contains(w, "primaries"):
		return "election"
	}
	return ""
}

// votesApart reports whether election mention m names another sort of
// vote than every mention of e that says its sort, another round of it
// (roundsApart, roundAside), or is a vote called for where e is one held
// or due: "called for early elections" after "a year before the
// presidential election".
func (d *doc) votesApart(e *event, m *eventMention) bool {
	if e.typ != graph.Election {
		return false
	}
	if d.calledVote(m) {
		called := false
		for _, o := range e.mentions {
			called = called || d.markedEarly(o)
		}
		if !called {
			return true
		}
	}
	if roundsApart(e, m) || d.roundAside(e, m) {
		return true
	}
	k := voteKind(m.noun)
	if k == "" {
		return false
	}
	apart := false
	for _, o := range e.mentions {
		switch voteKind(o.noun) {
		case k:
			return false
		case "":
		default:
			apart = true
		}
	}
	return apart
}

// calledVote reports whether election mention m is a vote someone wants
// brought forward: "called for early elections", "urged him to hold snap
// polls". Such a vote is not yet held, so it is never the election the
// article reports, nor the next one due in the calendar.
func (d *doc) calledVote(m *eventMention) bool {
	return m.typ == graph.Election && m.mod != graph.Asserted && m.mod != graph.Denied && d.markedEarly(m)
}

// markedEarly reports whether an early vote's word opens m's phrase:
// "snap polls", "early parliamentary elections". "the snap election"
// points back at one told before.
func (d *doc) markedEarly(m *eventMention) bool {
	for k := m.lo - 1; k >= 0 && k >= m.lo-2; k-- {
		switch d.toks[k].lower {
		case "snap", "early", "earlier", "fresh", "new", "immediate":
			switch d.tok(k - 1).lower {
			case "the", "this", "that", "these", "those":
				return false
			}
			return true
		}
		if !meetingModifiers[d.toks[k].lower] {
			return false
		}
	}
	return false
}

// calledVoteArgs clears the parties of a vote called for: who calls for
// early elections demands them and does not stand in them yet ("X called
// for snap polls" makes X no candidate).
func (d *doc) calledVoteArgs(m *eventMention) {
	if d.calledVote(m) {
		m.parts = nil
	}
}

// demandedVote reports whether ev is a vote called for that someone is
// said to demand: it has no party of its own (calledVoteArgs) and often no
// place, yet the demand ties it to the graph.
func (d *doc) demandedVote(ev *event) bool {
	called := false
	for _, m := range ev.mentions {
		called = called || d.calledVote(m)
	}
	if !called {
		return false
	}
	for _, c := range d.claims {
		if c.dst.ev == ev && c.typ == graph.Demanded && c.src.ent != nil {
			return true
		}
	}
	return false
}

// roundsApart reports whether m tells the first round of a vote and e its
// runoff, or the other way round: "the first round on 18 January" is not
// the runoff the article reports.
func roundsApart(e *event, m *eventMention) bool {
	later := func(o *eventMention) bool {
		w := voteNoun(o.noun)
		return strings.Contains(w, "runoff") || strings.HasPrefix(w, "second ")
	}
	if firstRound(m) && moodsApart(m.mod, e.mod) {
		return true // a first round held is no vote still to come
	}
	for _, o := range e.mentions {
		if firstRound(m) && later(o) || later(m) && firstRound(o) {
			return true
		}
	}
	return false
}

// roundAside reports whether e is only a first round told in passing
// beside another vote held, so that a later "the vote" or "the election"
// is that vote's: "in the second phase ... the USDP won the first phase
// on Dec. 28 ... called the vote a sham".
func (d *doc) roundAside(e *event, m *eventMention) bool {
	if firstRound(m) {
		return false
	}
	for _, o := range e.mentions {
		if !firstRound(o) {
			return false
		}
	}
	for _, o := range d.events {
		if o == e {
			break
		}
		if o.typ == graph.Election && o.mod == graph.Asserted && !firstRound(o.mentions[0]) {
			return true
		}
	}
	return false
}

// firstRound reports whether mention o names the first round or phase of
// a vote, which roundFits lets stand as an election of its own.
func firstRound(o *eventMention) bool {
	return strings.HasPrefix(strings.ToLower(o.noun), "first ")
}

// voteNoun keys a mention's words as written in their closed spelling, as
// tokens are keyed: "run-off" reads "runoff", "by-election" "byelection".
func voteNoun(noun string) string {
	return strings.ReplaceAll(strings.ToLower(noun), "-", "")
}
