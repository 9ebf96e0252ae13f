package extract

import "github.com/geokg/geokg/graph"

// resultWords mark a count of a vote's outcome: "won 88 of the 150 seats",
// "came second with 21.3%".
var resultWords = setOf("seats", "seat", "%", "percent", "per", "majority", "plurality", "second", "third", "fourth", "votes")

// electionResultParties makes the parties whose result a later sentence
// reports ("The Unity Party won 88 seats", "followed by the Reform Bloc on
// 9%") parties to the article's one election: results name who ran.
func (d *doc) electionResultParties() {
	var vote *event
	for _, e := range d.events {
		if e.typ != graph.Election || e.mod != graph.Asserted || d.pastVote(e) {
			continue
		}
		if vote != nil {
			return // two votes: a result could belong to either
		}
		vote = e
	}
	if vote == nil {
		return
	}
	for k := range d.toks {
		sp, ok := d.spanEntity(k)
		if !ok || sp.lo != k || sp.ent == nil || sp.ent.media || hasEntity(vote.parts, sp.ent) {
			continue
		}
		if sp.ent.typ != graph.Organization && sp.ent.typ != graph.Person || len(vote.parts) >= maxParticipants {
			continue
		}
		if !(sp.ent.typ == graph.Organization && d.resultAfter(sp)) && !(d.candidateLike(sp.ent) && d.shareHolder(sp)) {
			continue
		}
		vote.parts = append(vote.parts, sp.ent)
		d.addClaim(claim{src: ent(sp.ent), dst: evt(vote), typ: graph.ParticipatedIn, mod: graph.Asserted, sent: sp.sent, conf: 0.55})
	}
}

// pastVote reports whether e is a vote told in passing that is named by
// its year or ended over a year before publication ("the 2023
// referendum", "the last election in 2022"): the day's results are never
// its results.
func (d *doc) pastVote(e *event) bool {
	if d.namedPast(e) {
		return true
	}
	return e.date != nil && d.hasPub && e.date.End != "" && e.date.End < d.pub.AddDate(-1, 0, 0).Format(graph.DateLayout)
}

// resultAfter reports whether the organisation at sp is the subject of a
// vote's result: "won"/"came" soon after it and a count of seats or share,
// or "followed by X on 9%".
func (d *doc) resultAfter(sp *span) bool {
	if !d.wonNear(sp.lo) && !(d.tok(sp.lo-1).lower == "by" && d.tok(sp.lo-2).lower == "followed" ||
		d.tok(sp.lo-1).lower == "the" && d.tok(sp.lo-2).lower == "by" && d.tok(sp.lo-3).lower == "followed") {
		return false
	}
	s := d.sents[sp.sent]
	for j := sp.hi; j < s.hi && j < sp.hi+8; j++ {
		if resultWords[d.toks[j].lower] {
			return true
		}
	}
	return false
}
