package extract

import "github.com/geokg/geokg/graph"

// resultSheets after "results" or "tally" name a thing the count is kept
// on, not its announcement: "the disputed tally sheets".
var resultSheets = setOf("sheet", "sheets", "website", "websites", "centre", "center", "centres", "centers", "server", "servers", "system", "form", "forms")

// resultsReleased are the participles that tell results were put out when
// they follow the noun: "provisional results announced by the commission".
var resultsReleased = setOf("released", "announced", "published", "issued", "posted", "unveiled", "proclaimed", "declared")

// resultsMadeOfficial are the verbs of a court or commission that makes a
// count final, a release of results as much as publishing them: "the
// council is due to proclaim the final results", "has seven days to
// validate the results".
var resultsMadeOfficial = setOf("proclaim", "proclaims", "proclaimed", "proclaiming", "validate", "validates", "validated",
	"validating", "certify", "certifies", "certified", "certifying", "ratify", "ratifies", "ratified")

// resultsNamed settles "results" or "tally" from the words after it. The
// announcement is the event when a participle of release follows ("results
// released on Wednesday"), and no event when the noun heads a thing the
// count is kept on. handled is false when the words after say nothing, so
// the verb before decides.
func (d *doc) resultsNamed(lo, hi int) (ok, handled bool) {
	next := d.tok(hi).lower
	switch {
	case resultSheets[next]:
		return false, true
	case resultsReleased[next]:
		return true, true
	}
	return false, false
}

// countAnnounced are the triggers of a results announcement: "declared
// the winner", "provisional results announced on Monday".
var countAnnounced = setOf("declared", "proclaimed", "results", "result", "tally")

// resultsReferent returns the announcement of a count told before token k,
// within back sentences: "rejected the results" answers the commission
// that declared them, not the vote itself.
func (d *doc) resultsReferent(k, back int) *event {
	return d.latestMention(k, back, func(m *eventMention) bool {
		return m.ev.mod == graph.Asserted && m.ev.typ == graph.Statement && countAnnounced[d.toks[m.lo].lower]
	})
}

// countedVote returns what "the results" stand for when no announcement
// trigger was told: the latest vote or statement, but not a body's plain
// "said" giving out figures, which only tells the count of the vote.
func (d *doc) countedVote(k int) *event {
	return d.latestMention(k, 4, func(m *eventMention) bool {
		return m.ev.mod == graph.Asserted && (m.ev.typ == graph.Election || m.ev.typ == graph.Statement && !d.countRelease(m))
	})
}
