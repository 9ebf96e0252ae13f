package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// shareMarks end a figure that is a share of the vote: "took 8.6%".
var shareMarks = setOf("%", "percent")

// shareVerbs link a candidate to the share that follows: "Moncada
// trailed with 19%", "Biya arrived first with over 53%", "Dias at 35%".
var shareVerbs = setOf("won", "wins", "took", "takes", "had", "has", "trailed", "trails", "garnered", "received",
	"secured", "obtained", "got", "polled", "came", "finished", "with", "at", "on", "led", "leads")

// shareOthers name what a figure counts when it is not a vote's share:
// "turnout was 55%", "inflation of 12%".
var shareOthers = setOf("turnout", "participation", "approval", "inflation", "growth", "tariff", "tariffs", "rate",
	"stations", "precincts", "counted", "tally", "rating", "ratings")

// rivalCues before a name make it a loser named beside the winner's share:
// "against 33% for incumbent X", "ahead of X's bloc", "in front of his
// main opponent X".
var rivalCues = setOf("for", "of", "by", "against", "beating", "defeating")

// shareHolder reports whether the candidate or party at sp is given a
// share of the vote in its sentence: its own ("Hounkpè, of the FCBE, took
// 8.6%", with no other candidate before the figure) or a rival's place
// beside it ("33% for incumbent X", "ahead of X").
func (d *doc) shareHolder(sp *span) bool {
	if d.tok(sp.hi).lower == "'s" || memberWords[d.tok(sp.hi).lower] || d.isSpeaker(sp) || d.reactsTo(sp) {
		return false
	}
	if j := d.lowerBefore(sp.lo); d.tok(j).lower == "of" && d.tok(j-1).lower != "front" && d.tok(j-1).lower != "ahead" {
		return false // "the bloc of businessman X", "Asfura of the National Party": the head ran
	}
	s := d.sents[sp.sent]
	// Its own share: a result verb then the figure, before any other
	// candidate is named.
	verb := false
	for j := sp.hi; j < s.hi && j < sp.hi+16; j++ {
		w := d.toks[j].lower
		if j > sp.hi && d.spanAt[j] != 0 {
			o := &d.spans[d.spanAt[j]-1]
			if o.ent != nil && o.ent.typ == graph.Person && d.tok(o.hi).lower != "'s" && o.lo == j && d.tok(d.lowerBefore(j)).lower != "of" {
				break
			}
		}
		if shareOthers[w] {
			break
		}
		if shareVerbs[w] {
			verb = true
		}
		if verb && shareMarks[w] && j > sp.hi && d.toks[j-1].kind == tokNumber {
			return !d.otherShare(j)
		}
	}
	// A rival's place: "for", "ahead of", "in front of" after a share.
	k := sp.lo - 1
	for k > s.lo && k > sp.lo-4 && (d.toks[k].lower == "the" || d.toks[k].lower == "his" || d.toks[k].lower == "her" ||
		d.toks[k].lower == "main" || d.toks[k].lower == "incumbent" || d.toks[k].lower == "opponent" || d.toks[k].lower == "rival" ||
		d.toks[k].lower == "challenger" || d.spanAt[k] == 0 && d.toks[k].text != "," && isLowerWord(d.toks[k].text) && !rivalCues[d.toks[k].lower]) {
		k--
	}
	switch w := d.tok(k).lower; {
	case w == "for":
		return k-1 > s.lo && shareMarks[d.tok(k-1).lower] && !d.otherShare(k-1)
	case w == "of" && (d.tok(k-1).lower == "ahead" || d.tok(k-1).lower == "front"), w == "by" && d.tok(k-1).lower == "followed",
		w == "beating" || w == "defeating":
		return d.shareIn(s)
	}
	return false
}

// otherShare reports whether the figure ending at j counts something other
// than votes: "99% of polling stations counted".
func (d *doc) otherShare(j int) bool {
	for k := j + 1; k < len(d.toks) && k < j+4 && d.toks[k].kind != tokPunct; k++ {
		if shareOthers[d.toks[k].lower] {
			return true
		}
	}
	return false
}

// shareIn reports whether sentence s gives a share or a seat count.
func (d *doc) shareIn(s sentence) bool {
	for j := s.lo + 1; j < s.hi; j++ {
		w := d.toks[j].lower
		if (shareMarks[w] || w == "seats") && d.toks[j-1].kind == tokNumber && !d.otherShare(j) {
			return true
		}
	}
	return false
}

// isLowerWord reports whether w is a lower-case word: "former", "incumbent".
func isLowerWord(w string) bool {
	return w != "" && strings.ToLower(w) == w && w[0] >= 'a' && w[0] <= 'z'
}

// candidateLike reports whether e can stand in a vote: a person or a
// party, not the commission that counts it.
func (d *doc) candidateLike(e *entity) bool {
	return e.typ == graph.Person || e.kind == "party" || listNameHeads[lastWord(e.name)]
}

// listNameHeads end the names of parties and electoral lists.
var listNameHeads = setOf("party", "bloc", "alliance", "coalition", "front", "movement", "pact", "list", "congress")

// lastWord is the lower-cased last word of a name.
func lastWord(name string) string {
	if i := strings.LastIndexByte(name, ' '); i >= 0 {
		name = name[i+1:]
	}
	return strings.ToLower(name)
}

// memberWords after a name make it the modifier of the person who ran:
// "Communist Party member Jeannette Jara".
var memberWords = setOf("member", "members", "candidate", "leader", "chief", "founder")

// lowerBefore is the index of the first token before k that is not a
// lower-case modifier: "of" in "of businessman X", "of the governing X".
func (d *doc) lowerBefore(k int) int {
	j := k - 1
	for j > 0 && j > k-4 && isLowerWord(d.toks[j].text) && d.toks[j].lower != "of" {
		j--
	}
	return j
}
