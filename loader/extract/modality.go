package extract

import "github.com/geokg/geokg/graph"

var announceVerbs = setOf("announced", "decided", "confirmed", "declared", "ordered", "signed", "approved", "enacted")

// announcedBefore reports whether an announcement verb precedes token k in
// its sentence.
func (d *doc) announcedBefore(k int) bool {
	s := d.sents[d.sentOf[k]]
	for j := max(s.lo, k-8); j < k; j++ {
		if announceVerbs[d.toks[j].lower] {
			return true
		}
	}
	return false
}

// saidBefore reports whether a speech verb precedes token k in its
// sentence.
func (d *doc) saidBefore(k int) bool {
	s := d.sents[d.sentOf[k]]
	for j := max(s.lo, k-10); j < k; j++ {
		if speechVerbs[d.toks[j].lower] {
			return true
		}
	}
	return false
}

// trigAtIs reports whether an event trigger of type t starts at p.
func (d *doc) trigAtIs(p int, t graph.EventType) bool {
	if d.trigAt == nil || !d.trigAt[p] {
		return false
	}
	tr, n := d.lex.triggers.longest(d.toks, p, len(d.toks))
	return n > 0 && tr.typ == t
}

// triggerBetween reports whether an event trigger lies strictly between p
// and k: a condition binds the nearest event before it.
func (d *doc) triggerBetween(p, k int) bool {
	if d.trigAt == nil {
		return false
	}
	for j := p + 1; j < k; j++ {
		if d.trigAt[j] {
			return true
		}
	}
	return false
}

// clauseBreaks end a clause for argument and modality scopes. Commas do
// not: lists of actors run across them.
var clauseBreaks = setOf(";", ":", "—", "–", "--", "(", "“", "”", "\"", "but", "while", "whereas", "although", "though", "which", "who", "whom", "because")

// clauseAt finds the bounds [lo, hi) of the clause around token p; clause
// keeps them.
func (d *doc) clauseAt(p int) (int, int) {
	s := d.sents[d.sentOf[p]]
	lo := p
	for lo > s.lo {
		if d.isBreak(lo - 1) {
			// Step over a relative clause back to its antecedent: "Guterres,
			// who is also attending, is expected to meet Putin".
			if j := d.relativeStart(lo-1, s.lo); j >= 0 {
				lo = j
				continue
			}
			break
		}
		lo--
		if d.toks[lo].text == ")" {
			// Step over a parenthesis: "Kenya (through its envoy) called ...".
			for lo > s.lo && d.toks[lo].text != "(" {
				lo--
			}
		}
	}
	hi := p + 1
	for hi < s.hi && !d.isBreak(hi) {
		hi++
	}
	return lo, hi
}

// relativeStart returns where a ", who ... ," clause that a break at k
// closes begins, or -1: k must be "who"/"which" after a comma whose clause
// is closed by a comma before the predicate.
func (d *doc) relativeStart(k, lo int) int {
	w := d.toks[k].lower
	if (w != "who" && w != "which") || k-1 <= lo || d.toks[k-1].text != "," {
		return -1
	}
	return k - 1
}

// breakAt decides whether token k ends a clause; isBreak keeps the answer.
func (d *doc) breakAt(k int) bool {
	t := d.toks[k]
	if t.text == "–" && !t.space {
		return false // "Xi–Lula": a joined pair, not a break
	}
	if isQuote(t.text) && d.scareQuote(k) {
		return false
	}
	return clauseBreaks[t.lower]
}

func isQuote(s string) bool { return s == "“" || s == "”" || s == "\"" }

// scareQuote reports whether the quotation mark at k encloses a few words
// inside a sentence ("a “frank exchange” took place") rather than
// opening or closing a quoted statement.
func (d *doc) scareQuote(k int) bool {
	s := d.sents[d.sentOf[k]]
	for j := k + 1; j < s.hi && j <= k+5+d.joinedPieces(k+1, j); j++ {
		if isQuote(d.toks[j].text) {
			return d.tok(j+1).kind == tokWord && d.tok(k-1).kind == tokWord
		}
	}
	for j := k - 1; j >= s.lo && j >= k-5-d.joinedPieces(j, k); j-- {
		if isQuote(d.toks[j].text) {
			return d.tok(k+1).kind == tokWord && d.tok(j-1).kind == tokWord
		}
	}
	return false
}

var conditionMarkers = setOf("if", "unless", "provided", "providing")

// laterVerbs after "would" put the measure itself still to come: "said
// Peru would unveil its own measures".
var laterVerbs = setOf("announce", "unveil", "consider", "decide", "discuss", "study", "review", "weigh", "respond", "retaliate")

// demandWords ask for something; what they ask for is still to come.
var demandWords = verbSet("demand", "urge", "seek")

// askingVerb reports whether token p is itself a verb of asking, whose
// act is stated, not hoped for.
func (d *doc) askingVerb(p int) bool {
	w := d.toks[p].lower
	return demandVerbs[w] || w == "called" || w == "calls" || w == "asked" || w == "appealed"
}

// grievanceNouns are asked for about a past event: "justice for the victims
// of the massacre", "an inquiry into the strike".
var grievanceNouns = setOf("accountability", "justice", "answers", "investigation", "inquiry", "probe", "compensation",
	"apology", "explanation", "punishment", "redress", "reparations", "prosecution")

// wordBetween reports whether a word of set stands in [lo, hi).
func (d *doc) wordBetween(lo, hi int, set map[string]bool) bool {
	for k := lo; k < hi; k++ {
		if set[d.toks[k].lower] {
			return true
		}
	}
	return false
}

// monthMay reports whether the "May" at k is the month, not the modal:
// "PESHAWAR, May 19 (Reuters) -", "on 19 May".
func (d *doc) monthMay(k int) bool {
	t := d.toks[k]
	return t.lower == "may" && t.cap && (d.tok(k+1).kind == tokNumber || d.tok(k-1).kind == tokNumber)
}

var possibleMarkers = setOf("may", "might", "could", "would", "possible", "possibly", "potential", "proposed",
	"propose", "proposes", "planned", "plans", "plan", "expected", "expects", "likely", "hopes", "hope", "seek",
	"seeks", "seeking", "sought", "aim", "aims", "aimed", "prospect", "future", "will", "should", "ready",
	"urged", "urges", "urge", "demand", "demands",
	"demanded", "demanding", "consider", "considering", "reach", "reaching", "secure", "whether", "next",
	"possibility", "wants", "want", "wanted", "toward", "towards", "prepared", "willing", "intends", "intended", "intending",
	"intend", "mulls", "weighs", "planning", "upcoming", "rejecting", "rejected", "rejects", "refused",
	"refusing", "readiness", "proposing", "discuss", "discussing", "proposal", "proposals", "achieve", "achieving",
	"how", "pursue", "pursuing", "push", "pushing", "negotiate", "negotiating", "envisaged", "envisioned", "mooted",
	"floated", "suggested", "considered", "explore", "exploring", "threatened", "threatening", "threatens",
	"threaten", "warned", "warns", "vowed", "pledged", "promised", "ultimatum", "prospective", "eventual",
	"scheduled", "slated", "upcoming", "forthcoming")

// endVerbs take an event that is happening: "end the war", "halt the
// offensive".
var endVerbs = verbSet("end", "stop", "halt")

// absenceWords after a negation deny someone's part in an event, not the
// event: "not party to", "not present at", "not invited to".
var absenceWords = setOf("party", "part", "present", "invited", "involved", "represented", "among", "attending")

// persistVerbs, negated before "from", say that what follows goes on.
var persistVerbs = setOf("deterred", "dissuaded", "distracted", "diverted", "deflected", "derailed")

var negations = setOf("not", "n't", "never", "no", "unable", "failed", "fail", "refused", "without", "denied", "denies", "deny", "cannot", "neither", "nor")

// modalityAt returns how the clause around token p states what p names:
// "has not ruled out a meeting" is possible, "failed to agree" denied, "only
// if the truce holds for a month" makes what precedes conditional and
// the condition itself possible.
func (d *doc) modalityAt(p int) graph.Modality {
	lo, chi := d.clause(p)
	// A condition marker in the sentence: before p (p is the condition) or
	// after it (p depends on a condition).
	for _, k := range d.conditionCues(d.sentOf[p]) {
		k := int(k)
		w := d.toks[k].lower
		cond := conditionMarkers[w] && !d.supplyReading(k) || w == "as" && d.tok(k+1).lower == "long" && d.tok(k+2).lower == "as" ||
			w == "on" && d.tok(k+1).lower == "condition" || dependWords[w] && (d.tok(k+1).lower == "on" || d.tok(k+1).lower == "upon") ||
			w == "once" && d.onceCondition(k)
		if !cond || w == "if" && d.tok(k-1).lower == "even" {
			continue
		}
		if k < p && k >= lo-6 {
			return graph.Possible
		}
		if k > p && (d.tok(k-1).lower == "only" || w != "if" && w != "once" || k-p < 12) && !d.triggerBetween(p, k) {
			return graph.Conditional
		}
	}
	switch d.tok(p - 1).lower {
	case "ongoing", "current", "continuing", "recent", "last", "latest", "previous", "past":
		return graph.Asserted // "the continuing truce talks"
	}
	for k := p + 1; k < chi && k <= p+10; k++ {
		w := d.toks[k].lower
		if w == "due" && (d.tok(k+1).lower == "in" || d.tok(k+1).lower == "by" || d.tok(k+1).lower == "next") && k <= p+3 {
			return graph.Possible // "a vote due in the spring"
		}
		if (w == "scheduled" || w == "slated" || w == "expected" || w == "set" && d.tok(k+1).lower == "to" || w == "planned") && (d.tok(k-1).lower == "is" || d.tok(k-1).lower == "are" || d.tok(k-1).lower == "was" || d.tok(k-1).lower == "were") {
			return graph.Possible // "a third round of talks ... is scheduled in Doha"
		}
		if d.trigAt != nil && d.trigAt[k] {
			break
		}
	}
	if d.modalAfter(p, chi) {
		return graph.Possible // "talks could begin later this month"
	}
	for k := p - 1; k >= lo && k >= p-4; k-- {
		w := d.toks[k].lower
		if endVerbs[w] || undoVerbs[w] {
			return graph.Asserted // "to end its long siege", "a deal to lift U.S. tariffs": the siege, the tariffs are in place
		}
		if w == "from" && persistVerbs[d.tok(k-1).lower] {
			return graph.Asserted // "would not be deterred from its offensive": the offensive goes on
		}
		if !(determiners[w] || w == "its" || w == "their" || w == "this" || attackModifiers[w] || w == "brutal" || w == "bloody" || w == "long" || w == "years-long" || d.spanAt[k] != 0) {
			break
		}
	}
	start := max(lo, p-12)
	if d.actOccasion(p, lo, chi) {
		return graph.Asserted
	}
	asides := d.relativeAsides(lo, p)
	neg := -1
	for k := start; k < p; k++ {
		if e := asideEnd(asides, k); e >= 0 {
			k = e
			continue
		}
		w := d.toks[k].lower
		switch {
		case w == "until" || w == "unless" || w == "before":
			if neg >= 0 {
				// "would stay in office until a fresh vote was held": the
				// election is awaited, not denied.
				return graph.Possible
			}
		case ruleForms[w]:
			if neg >= 0 && d.tok(k+1).lower == "out" {
				return graph.Possible
			}
		case w == "whether":
			return graph.Possible
		case negations[w]:
			neg = k
			if absenceWords[d.tok(k+1).lower] || d.winIn(k, p) || d.stanceIn(k, p) {
				neg = -1 // "was not invited to the summit": someone's absence, the summit took place
			}
		}
	}
	if neg >= 0 && d.negationClosed(neg, p) {
		neg = -1
	}
	if neg >= 0 && !d.trigAtIs(p, graph.Statement) {
		// "did not rule out a meeting" is read above; "no sign of accepting"
		// and "failed to agree" deny. A statement that denies is still made.
		return graph.Denied
	}
	for k := start; k < p; k++ {
		if e := asideEnd(asides, k); e >= 0 {
			k = e
			continue
		}
		w := d.toks[k].lower
		if w == "," && (d.tok(k+1).lower == "which" || d.tok(k+1).lower == "who") {
			// "The bloc, which Kyiv hopes to join, said ...": the aside
			// does not colour the main verb.
			for j := k + 2; j < p; j++ {
				if d.toks[j].text == "," {
					k = j
					break
				}
			}
			continue
		}
		if w == "to" {
			// "to" alone is too weak; only as "is to", "are to".
			if b := d.tok(k - 1).lower; b == "is" || b == "are" || b == "was" {
				return graph.Possible
			}
			continue
		}
		if (w == "would" || w == "will") && (d.announcedBefore(k) || d.trigAtIs(p, graph.Sanction) && d.saidBefore(k) && !laterVerbs[d.tok(k+1).lower]) {
			continue // "declared that it would levy", "said the ministry would demand permits": reported as decided
		}
		if d.askedToAct(k, p) {
			if d.askingVerb(p) {
				continue // "called on Kyiv to talk and urged ...": both asks are made
			}
			return graph.Possible
		}
		if possibleMarkers[w] && !d.monthMay(k) || readyingWords[w] {
			if d.narratedNext(k) {
				continue // "The next day, jets struck": told, not planned
			}
			if d.relativeClosed(k, p) {
				continue // "will not admit monitors to the sites bombed by ...": the bombing took place
			}
			if markerNouns[w] && d.wordBetween(k+1, p, settingPreps) {
				continue // "discussed the proposal in a phone call": the call took place
			}
			if demandWords[w] && d.wordBetween(k+1, p, grievanceNouns) {
				continue // "seeking justice for the massacre": the massacre happened
			}
			if (demandWords[w] || w == "urged") && d.askingVerb(p) {
				continue // "urged calm and called on Dhaka": two demands, both made
			}
			return graph.Possible
		}
		if w == "due" && d.tok(k+1).lower == "to" && (d.tok(k-1).lower == "are" || d.tok(k-1).lower == "is" || d.tok(k-1).lower == "was" || d.tok(k-1).lower == "were") {
			return graph.Possible // "are due to meet next month"
		}
		if w == "ahead" && d.tok(k+1).lower == "of" && k+2 >= p-3 {
			return graph.Possible // "ahead of a presidential runoff": still to come
		}
		if (w == "call" || w == "calls" || w == "called" || w == "calling") && d.tok(k+1).lower == "for" {
			if d.askingVerb(p) {
				continue // "called for restraint and asked the police to ...": both asks are made
			}
			return graph.Possible
		}
		if (w == "press" || w == "push" || w == "pushing" || w == "pressing") && !determiners[d.tok(k-1).lower] {
			return graph.Possible
		}
	}
	return graph.Asserted
}
