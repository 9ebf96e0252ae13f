package extract

// onceBinders before "once" make it a condition of what they put forward,
// not a time: "ready to meet once a truce holds", "pledged to send troops
// once a deal is signed".
var onceBinders = setOf("would", "could", "will", "might", "ready", "prepared", "willing", "pledged", "pledge",
	"pledges", "promised", "promises", "offered", "offers", "vowed", "committed")

// onceVerbs are the finite verbs a "once" clause turns on that looksVerb
// does not take: "once a peace deal is signed".
var onceVerbs = setOf("is", "are", "was", "were", "has", "have", "had", "takes", "comes", "holds", "begins", "ends",
	"starts", "goes")

// onceAdverbs after "once" make it "one time" or "formerly": "once again",
// "once more", "once and for all".
var onceAdverbs = setOf("again", "more", "and", "or", "in", "upon")

// onceCondition reports whether the "once" at k opens a condition: an
// offer or modal before it in the sentence, and a clause with a subject and
// a finite verb after it. "Once a close ally, Ankara would ..." and "would
// meet once more" stay times.
func (d *doc) onceCondition(k int) bool {
	s := d.sents[d.sentOf[k]]
	if k == s.lo || d.tok(k-1).lower == "at" || d.tok(k-1).lower == "than" {
		return false
	}
	if onceAdverbs[d.tok(k+1).lower] {
		return false
	}
	verb := false
	for j := k + 2; j < s.hi && j <= k+7; j++ {
		t := d.toks[j]
		if t.text == "," || d.isBreak(j) && !isQuote(t.text) {
			break
		}
		if onceVerbs[t.lower] || d.looksVerb(j) {
			verb = true
			break
		}
	}
	if !verb {
		return false
	}
	for j := k - 1; j >= s.lo && j >= k-20; j-- {
		if onceBinders[d.toks[j].lower] {
			return true
		}
	}
	return false
}
