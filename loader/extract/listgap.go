package extract

// listGapWords may stand between a joint subject and its verb beside the
// aux words and -ly adverbs auxOrAdverb takes: "Kenya and Ghana both
// condemned", "... together rejected".
var listGapWords = setOf("both", "together")

// asideAdverbs stand between commas after a subject: "Kenya and Ghana,
// however, rejected".
var asideAdverbs = setOf("however", "meanwhile", "too")

// introOpeners open a phrase that may come before a sentence's subject,
// set off by a comma: "In a joint statement, Kenya and Ghana condemned".
var introOpeners = setOf("in", "on", "at", "after", "earlier", "later", "meanwhile", "separately", "during",
	"following", "yesterday", "today", "overnight")

// listGap steps back from j, the token before a verb, over what may stand
// between a joint subject and that verb and returns the token where the
// subject should end: aux words and adverbs, "both", a day ("on
// Tuesday"), ", however,", an aside closed by a comma (", which back
// rival sides," / ", the bloc's founders,") and an acronym in brackets.
func (d *doc) listGap(j, lo int) int {
	for n := 0; n < 6 && j > lo; n++ {
		t := d.toks[j]
		switch {
		case d.auxOrAdverb(j) || listGapWords[t.lower] && !t.cap:
			j--
		case isWeekday(t.lower):
			j-- // "Kenya and Ghana on Tuesday condemned", AP's "Kenya and Ghana Tuesday condemned"
			if w := d.tok(j).lower; w == "on" || w == "late" || w == "early" {
				j--
			}
		case t.text == "," && j-2 > lo && d.toks[j-2].text == "," && !d.tok(j-1).cap && asideAdverbs[d.tok(j-1).lower]:
			j -= 3 // "Kenya and Ghana, however, rejected"
		case t.text == ",":
			a := d.appositionStart(j, lo)
			if a < 0 {
				a = d.possessiveAside(j, lo)
			}
			if a < 0 {
				return j
			}
			j = a - 1
		case d.acronymAfter(j, lo):
			j -= 3 // "the East African Community (EAC) and Ghana"
		default:
			return j
		}
	}
	return j
}

// possessiveAside returns the comma opening an aside that names what a
// subject is to another name, closed by the comma at k: "Ghana and Togo,
// Benin's neighbours, condemned". It returns -1 otherwise.
func (d *doc) possessiveAside(k, lo int) int {
	for j := k - 1; j > lo && j >= k-8; j-- {
		if d.toks[j].text != "," {
			continue
		}
		sp, e := d.actorAt(j + 1)
		if e == nil || sp.lo != j+1 || d.tok(sp.hi).lower != "'s" {
			return -1
		}
		if _, e := d.actorAt(j - 1); e == nil {
			return -1
		}
		return j
	}
	return -1
}

// listIntro reports whether the tokens of sentence si before the comma at
// j are a plain opening phrase with no actor in it ("In a joint statement,"
// "On Monday,"), so that a list after the comma still opens its clause.
func (d *doc) listIntro(j int, s sentence) bool {
	if j-s.lo > 8 || d.toks[j].text != "," || !introOpeners[d.toks[s.lo].lower] {
		return false
	}
	for i := s.lo; i < j; i++ {
		if d.spanAt[i] != 0 || d.toks[i].text == "," {
			return false
		}
	}
	return true
}

// acronymAfter reports whether token j closes an acronym in brackets after
// a name: the ")" of "the East African Community (EAC)".
func (d *doc) acronymAfter(j, lo int) bool {
	return j-2 > lo && d.toks[j].text == ")" && d.toks[j-2].text == "(" && d.tok(j-1).allUpper
}

// clauseJoiners open a clause of its own inside a sentence, so a list just
// after one is a subject even though the sentence opened with another.
var clauseJoiners = setOf("while", "whereas", "but")

// clauseJoin reports whether token j joins a new clause to the one before
// it: "while" or "but", or ", and" after a word that ends no name, so that
// "..., and Kenya and Uganda condemned it" opens with its own subject while
// "Kenya, Ghana, and Togo" stays one list.
func (d *doc) clauseJoin(j int) bool {
	w := d.tok(j)
	if clauseJoiners[w.lower] && !w.cap {
		return true
	}
	if w.lower != "and" || d.tok(j-1).text != "," {
		return false
	}
	_, e := d.actorAt(j - 2)
	return e == nil && d.spanAt[max(j-2, 0)] == 0
}

// seatedBody steps from a town that only seats the body before it to that
// body: j on "Bamako" in "the US embassy in Bamako" returns the token
// ending "US embassy"; any other j is returned as it is.
func (d *doc) seatedBody(j int) int {
	sp, e := d.actorAt(j)
	if e != nil || sp == nil || sp.hi != j+1 || !d.orgSeat(sp.lo) {
		return j
	}
	return d.prevWordAt(sp.lo) - 1
}
