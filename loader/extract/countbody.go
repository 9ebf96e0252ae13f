package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// countSpeech are the verbs an election body gives out a count with:
// "the electoral commission said on Tuesday", "the board announced".
var countSpeech = setOf("said", "says", "announced", "announces", "reported", "reports")

// countWinWords tell that a sentence gives the outcome of a vote: "won",
// "the winner", "was elected".
var countWinWords = setOf("won", "wins", "winner", "winners", "victor", "elected", "re-elected", "seats")

// electionBody reports whether e is a body that runs or counts a vote:
// "the Central Electoral Commission", "the National Election Board".
func electionBody(e *entity) bool {
	if e == nil || e.typ != graph.Organization {
		return false
	}
	n := strings.ToLower(e.name)
	return strings.Contains(n, "electoral") || strings.Contains(n, "election") || strings.Contains(n, "vote counting")
}

// countAnnouncementMention builds the statement of an election body that
// heads a sentence giving out a count: "The electoral commission said on
// Monday that the party had won 312 seats". The body speaking of the
// outcome is the release of the results, which the wire tells with a plain
// verb of saying as often as with "results announced". A body named after
// the figures ("X had 47%, the commission said") only sources them and is
// left alone unless dated (datedCountSource), as is what else such a body
// says (ballots printed, a date set).
func (d *doc) countAnnouncementMention(si int) *eventMention {
	s := d.sents[si]
	for k := s.lo + 1; k < s.hi && k < s.lo+16; k++ {
		if !countSpeech[d.toks[k].lower] || d.trigAt[k] {
			continue
		}
		who := d.bodyHeading(k, s.lo)
		if who == nil || !d.countInSentence(k+1, s.hi) {
			return nil
		}
		de := d.dateRightAfter(k + 1)
		if de == nil && si > 0 {
			de = d.countReleaseDay(si - 1)
		}
		return d.countStatement(si, k, who, de)
	}
	return nil
}

// bodyHeading returns the election body that opens the sentence starting
// at lo and speaks at verb k: "The National Election Board (NEBE) said".
func (d *doc) bodyHeading(k, lo int) *entity {
	sp, e := d.bodyEndingAt(k, lo)
	if sp == nil || !electionBody(e) {
		return nil
	}
	for i := lo; i < sp.lo; i++ {
		if w := d.toks[i].lower; w != "the" && w != "'s" && !d.toks[i].cap {
			return nil
		}
	}
	return e
}

// dateRightAfter returns the time phrase that starts at k, or after "on",
// "late" or "early" there: "said on Monday", "announced late on
// Wednesday". The day of a count's release is told there or not at all;
// the figures that follow carry the vote's own day.
func (d *doc) dateRightAfter(k int) *dateExpr {
	for i := range d.dates {
		if de := &d.dates[i]; d.dateStartsAt(de, k) && !de.bound {
			return de
		}
	}
	return nil
}

// dateStartsAt reports whether the time phrase de starts at k, stepping
// over "on", "late" and "early".
func (d *doc) dateStartsAt(de *dateExpr, k int) bool {
	for ; k < de.lo; k++ {
		if w := d.toks[k].lower; w != "on" && w != "late" && w != "early" {
			return false
		}
	}
	return de.lo == k
}

// countRelease reports whether m is the release of a count built by
// countAnnouncementMention: its day is told right after its verb, and
// the days further on belong to what the body reported.
func (d *doc) countRelease(m *eventMention) bool {
	return m.typ == graph.Statement && m.verb && !d.trigAt[m.lo] && countSpeech[d.toks[m.lo].lower] &&
		len(m.parts) == 1 && electionBody(m.parts[0])
}

// countInSentence reports whether tokens lo..hi give a vote's outcome or
// figures: a winner, seats, or a share in percent.
func (d *doc) countInSentence(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		w := d.toks[k].lower
		share := shareMarks[w] || w == "per" && d.tok(k+1).lower == "cent" // "50.4 per cent"
		if countWinWords[w] || share && k > lo && d.toks[k-1].kind == tokNumber {
			return true
		}
	}
	return false
}

// addCountAnnouncement puts the count announcement of sentence si, if
// any, among the sentence's mentions from start on, in text order.
// Sentences that already hold a statement keep only it.
func (d *doc) addCountAnnouncement(si, start int) {
	if d.holdsStatement(start) {
		return
	}
	m := d.countAnnouncementMention(si)
	if m == nil {
		m = d.datedCountSource(si)
	}
	if m != nil {
		d.insertMention(start, m)
	}
}

// countReleaseDay returns the day sentence si gives the release of a
// count it tells: "X has won, the commission announced on Wednesday
// night", "according to results released on Wednesday". A body that goes
// on with the figures in the next sentence is telling the same release.
func (d *doc) countReleaseDay(si int) *dateExpr {
	s := d.sents[si]
	if !d.countInSentence(s.lo, s.hi) {
		return nil
	}
	for k := s.lo; k < s.hi; k++ {
		if w := d.toks[k].lower; countSpeech[w] || releaseVerbs[w] {
			if de := d.dateRightAfter(k + 1); de != nil {
				return de
			}
		}
	}
	return nil
}
