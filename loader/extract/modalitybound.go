package extract

// helperVerbs before a past form make it the clause's own verb, not a
// participle that qualifies a noun: "was bombed by", "has been hit by".
var helperVerbs = setOf("is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "not", "n't", "never", "get", "got")

// negationClosed reports whether the negation at neg stops before the
// event at p because p sits in a clause of its own: a relative clause ("Iran
// denies arming the militia, which fired rockets at ..."), a reduced
// relative ("will not let inspectors into the sites bombed by Israel") or a
// second predicate joined by "and" ("denied the charge and accused Kyiv of
// ..."). What such a clause tells is stated, not denied.
func (d *doc) negationClosed(neg, p int) bool {
	if d.relativeClosed(neg, p) {
		return true
	}
	for j := neg + 2; j+1 < p; j++ {
		if d.toks[j].lower == "and" && isPastForm(d.tok(j+1).lower) && !helperVerbs[d.tok(j+2).lower] && d.tok(j+2).lower != "to" {
			return true
		}
	}
	return false
}

// relativeClosed reports whether a relative clause or a reduced relative
// opens between the cue at k and the event at p, so that what the cue
// says of the main clause does not reach p: "would not admit monitors to
// the sites bombed last year" tells of a bombing that took place.
func (d *doc) relativeClosed(k, p int) bool {
	for j := k + 1; j <= p; j++ {
		w := d.toks[j].lower
		switch {
		case (w == "who" || w == "which") && d.tok(j-1).text == "," && j < p:
			return true
		case j > k+1 && isPastForm(w) && d.tok(j+1).lower == "by" && !helperVerbs[d.tok(j-1).lower] && !negations[d.tok(j-1).lower]:
			return true
		}
	}
	return false
}

// askOnVerbs ask a party to act: what they ask for is still to come, like
// "urged" ("called on Moscow to agree to a truce", "asked Delhi to
// extradite her", "invited the president to visit").
var askOnVerbs = setOf("called", "calls", "calling", "call", "asked", "asks", "asking", "ask", "invited", "invites",
	"inviting", "invite", "appealed", "appeals", "appealing", "appeal")

// askedToAct reports whether the word at k asks someone to do what p names:
// "called on X to ...", "asked X to ...", "invited X to ...", with p after
// the "to".
func (d *doc) askedToAct(k, p int) bool {
	w := d.toks[k].lower
	if !askOnVerbs[w] {
		return false
	}
	from := k + 1
	switch w {
	case "called", "calls", "calling", "call":
		if d.tok(k+1).lower != "on" && d.tok(k+1).lower != "upon" {
			return false
		}
		from = k + 2
	case "appealed", "appeals", "appealing", "appeal":
		if d.tok(k+1).lower != "to" {
			return false
		}
		from = k + 2
	}
	// The party asked comes first, then "to" and a verb: "invited to the
	// summit" says who came, not what is asked.
	for j := from + 1; j < p && j <= from+8; j++ {
		if d.toks[j].lower == "to" {
			return d.tok(j+1).kind == tokWord && !determiners[d.tok(j+1).lower]
		}
	}
	return false
}

// laterStarts after a modal put the event named before them still to come:
// "talks could begin next month", "a further exchange could take place".
var laterStarts = setOf("begin", "start", "resume", "take", "be", "go", "happen", "open", "convene", "proceed")

// modalAfter reports whether the event at p is followed, before the clause
// ends or a verb of its own, by a modal and a verb of starting:
// "talks on a trade deal could begin in Brasilia".
func (d *doc) modalAfter(p, hi int) bool {
	for k := p + 1; k < hi && k <= p+8; k++ {
		if isPastForm(d.toks[k].lower) {
			return false // "talks ended and ...": the clause has its own verb
		}
		switch d.toks[k].lower {
		case "could", "may", "might", "will", "would":
			n := d.tok(k + 1).lower
			if !laterStarts[n] {
				return false
			}
			switch n {
			case "take":
				return d.tok(k+2).lower == "place"
			case "be":
				return d.tok(k+2).lower == "held" || d.tok(k+2).lower == "convened"
			case "go":
				return d.tok(k+2).lower == "ahead"
			}
			return true
		case "says", ",": // "said" is a past form, stopped above
			return false
		}
	}
	return false
}

// readyingWords get something ready or ask for it, still to come:
// "preparing a new package of sanctions", "requested consultations".
var readyingWords = setOf("preparing", "prepares", "request", "requests", "requested", "requesting")
