package extract

// subordinators open a clause with a subject of its own: "a day after
// saying that Britain would ease its curbs", "their first
// since the two countries agreed".
var subordinators = setOf("that", "since", "after", "before", "because", "while", "when", "until", "although", "though", "whereas")

// subclauseVerb reads the subject of a clause opened at j (actors joined by
// "and" or commas, or a group such as "the two countries") and returns the
// token of its verb, past auxiliaries and adverbs; -1 when no actor opens
// the clause or no verb follows it.
func (d *doc) subclauseVerb(j int) int {
	s := d.sents[d.sentOf[min(j, len(d.toks)-1)]]
	n := 0
	for j < s.hi {
		if d.toks[j].lower == "the" && j+1 < s.hi && d.groupWords(j) == 0 {
			if k := d.spanAt[j+1]; k != 0 && d.spans[k-1].lo == j+1 {
				j++ // "that the United States would lift": the article before a name
			}
		}
		if g := d.groupWords(j); g > 0 {
			j += g
		} else if k := d.spanAt[j]; k != 0 && d.spans[k-1].lo == j {
			j = d.spans[k-1].hi
		} else {
			break
		}
		n++
		if j < s.hi && d.spanAt[j] != 0 {
			continue // "Prime Minister" then "Narendra Modi": a title before its name
		}
		if w := d.tok(j).lower; (w == "and" || w == ",") && j+1 < s.hi && (d.spanAt[j+1] != 0 || d.groupWords(j+1) > 0) {
			j++
			continue
		}
		break
	}
	if n == 0 {
		return -1
	}
	verb := false
	for j < s.hi && (d.auxOrAdverb(j) || modalWords[d.toks[j].lower]) {
		j, verb = j+1, true
	}
	if j >= s.hi {
		return -1
	}
	if w := d.toks[j].lower; verb || d.trigAt[j] || speechVerbs[w] || meetVerbs[w] || d.looksVerb(j) {
		return j
	}
	return -1
}

// opensOwnClause reports whether the subordinator at k, after the trigger
// of m, opens a clause whose subject acts on its own: those actors are
// not m's parties.
func (d *doc) opensOwnClause(k int, m *eventMention) bool {
	if !subordinators[d.toks[k].lower] || k == m.hi && d.toks[k].lower == "that" {
		return false // "the talks that Oman hosted": the host is one
	}
	return d.subclauseVerb(k+1) > 0
}

// subclauseTrigger reports whether the subordinator at k opens the clause
// whose verb is m's own trigger: "X announced a deal, a day after Y and Z
// spoke": the actors before k belong to the main clause.
func (d *doc) subclauseTrigger(k int, m *eventMention) bool {
	return m.verb && subordinators[d.toks[k].lower] && d.toks[k].lower != "that" && d.subclauseVerb(k+1) == m.lo
}
