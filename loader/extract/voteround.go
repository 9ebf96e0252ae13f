package extract

// roundVoteWords name a vote of people outright; "vote" alone may be a
// council's.
var roundVoteWords = setOf("election", "elections", "runoff", "polls", "ballot", "ballots", "electoral", "voting")

// roundFits reports whether "first round" or "first phase" at lo..hi is a
// round of an election: "the first round on 18 January", "in Sunday's
// first round", "the first round of the presidential election", in an
// article that tells a vote of people. "the first round of talks" and
// "the first phase of the truce" are no vote.
func (d *doc) roundFits(lo, hi int) bool {
	if d.tok(hi).lower == "of" {
		k := hi + 1
		for n := 0; n < 3 && (determiners[d.tok(k).lower] || meetingModifiers[d.tok(k).lower]); n++ {
			k++
		}
		return roundVoteWords[d.tok(k).lower]
	}
	if d.tok(hi).text == "-" || nonEventHeads[d.tok(hi).lower] {
		return false // "first-round winner", "first round results"
	}
	return d.tellsVote()
}

// tellsVote reports whether the article names an election of people
// anywhere. Every "first round" asks it of the same tokens, so the answer
// is kept.
func (d *doc) tellsVote() bool {
	if d.voteTold == 0 {
		d.voteTold = 1
		for _, t := range d.toks {
			if roundVoteWords[t.lower] && t.lower != "voting" {
				d.voteTold = 2
				break
			}
		}
	}
	return d.voteTold == 2
}
