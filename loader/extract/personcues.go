package extract

import "slices"

// personOfNouns name what only befalls a person: a full name after "the
// resignation of" or "the arrest of" is someone's, not a body's.
var personOfNouns = setOf("resignation", "ouster", "impeachment", "arrest", "assassination", "detention",
	"extradition", "dismissal", "sacking", "reelection", "re-election", "inauguration", "swearing-in")

// personCues scores context cues for a person's name that personEvidence
// leaves out: a relative "who" after the name ("Ana Ruiz, who has ruled
// since 2005"), a title in apposition closing the sentence ("its
// president, Ana Ruiz."), nouns only a person takes before "of", and what
// only a person owns after "'s".
func (d *doc) personCues(sp *span) int {
	score := 0
	if d.tok(sp.hi).text == "," && d.tok(sp.hi+1).text == "who" {
		score += 2
	}
	prev := d.tok(sp.lo - 1)
	if prev.text == "," && sp.hi == d.sents[sp.sent].hi-1 && d.tok(sp.hi).text == "." && d.titleBefore(sp.lo-1) {
		score += 3
	}
	if prev.lower == "of" && len(sp.toks) >= 2 && personOfNouns[d.tok(sp.lo-2).lower] {
		score += 2
	}
	if d.namedPersonPart(sp) {
		score += 4
	}
	if d.tok(sp.hi).lower == "'s" && personOwned[d.tok(sp.hi+1).lower] {
		score += 3 // "still believes in Varandi's words": no place speaks
	}
	return score
}

// personOwned name what only a person has: "in X's words" is no place,
// whatever "in" says.
var personOwned = setOf("words", "remarks", "promises", "promise", "assurances", "speech", "wife", "husband", "widow")

// namedPersonPart reports whether a lone word repeats a later part of a
// person's full name read earlier: after "Foreign Minister Ana Sorel",
// "In Lyon, Sorel said" names her, not a second place listed after the
// first.
func (d *doc) namedPersonPart(sp *span) bool {
	if len(sp.toks) != 1 {
		return false
	}
	w := sp.toks[0]
	for k := range d.spans {
		o := &d.spans[k]
		if o.lo >= sp.lo {
			break
		}
		if o.kind != spanName || o.typ != "" || len(o.toks) < 2 || o.personScore < 3 {
			continue
		}
		if slices.Contains(o.toks[1:], w) {
			return true
		}
	}
	return false
}
