package extract

// holdVerbs make the state before them the place of the vote they
// introduce: "Peru holds general elections on April 12".
var holdVerbs = setOf("holds", "held", "hold", "holding", "will", "is", "was", "to", "goes", "went", "go", "votes",
	"voted", "vote", "stages", "staged", "organises", "organizes", "organised", "organized", "prepares", "prepared",
	"set", "due", "scheduled")

// holdsVote reports whether only a verb of holding and modifiers stand
// between a state ending at lo and the vote at hi.
func (d *doc) holdsVote(lo, hi int) bool {
	if hi-lo > 6 {
		return false
	}
	held := false
	for k := lo; k < hi; k++ {
		w := d.toks[k].lower
		switch {
		case holdVerbs[w]:
			held = held || w != "is" && w != "was" && w != "to" && w != "will"
		case determiners[w] || meetingModifiers[w] || w == "polls" || w == "the" || w == "a" || w == "its" || w == "fresh" || w == "early":
			if w == "polls" && d.tok(k-1).lower == "the" && d.tok(k-2).lower == "to" {
				held = true // "goes to the polls in a general election"
			}
		default:
			return false
		}
	}
	return held
}

// reactionVerbs after a person make them a commentator on an election,
// not a candidate: "Yunus condemned the attempt to derail the election".
var reactionVerbs = setOf("condemned", "condemns", "denounced", "denounces", "criticised", "criticized",
	"criticises", "criticizes", "urged", "urges", "ordered", "orders", "warned", "warns", "accused", "accuses",
	"praised", "praises", "welcomed", "welcomes", "hailed", "hails", "congratulated", "congratulates",
	"blamed", "blames", "called", "calls", "dismissed", "dismisses", "vowed", "vows", "pledged", "pledges")

// reactsTo reports whether a person's span is the subject of a verb of
// reaction.
func (d *doc) reactsTo(sp *span) bool {
	k := sp.hi
	if d.tok(k).lower == "has" || d.tok(k).lower == "had" || d.tok(k).lower == "also" {
		k++
	}
	return reactionVerbs[d.tok(k).lower]
}

// reactsAt is reactsTo for the span starting at token k, if any.
func (d *doc) reactsAt(k int) bool {
	sp, ok := d.spanEntity(k)
	return ok && d.reactsTo(sp)
}

// voteWords name a national vote.
var voteWords = setPlus(scheduledVotes, "by-election", "primaries")

// voteAfter reports whether a vote word follows token k over modifiers:
// "presidential election", "general elections".
func (d *doc) voteAfter(k int) bool {
	for j := k; j < len(d.toks) && j < k+3; j++ {
		w := d.toks[j].lower
		if voteWords[w] {
			return true
		}
		if !meetingModifiers[w] || w == "and" || w == "-" || w == "'s" {
			return false
		}
	}
	return false
}
