package extract

import "strings"

// callsFor reports whether the word at k calls for something, which puts
// what follows ahead: "called for elections on Sunday", "called on his
// followers to strike on Monday".
func (d *doc) callsFor(k int) bool {
	w := d.toks[k].lower
	if w != "called" && w != "calls" && w != "calling" {
		return false
	}
	switch d.tok(k + 1).lower {
	case "for":
		return true
	case "on", "upon":
		return d.callOnTo(k + 2)
	}
	return false
}

// callOnTo reports whether the words from k name who is called on and then
// what they are to do: "his supporters to hold"; a day ("called on
// Monday") or a punctuation mark first says otherwise.
func (d *doc) callOnTo(k int) bool {
	s := d.sents[d.sentOf[min(k, len(d.toks)-1)]]
	for j := k; j < s.hi && j < k+8; j++ {
		t := d.toks[j]
		if j == k && (isWeekday(t.lower) || months[t.lower] != 0 || t.kind == tokNumber) {
			return false
		}
		if t.lower == "to" {
			return j > k
		}
		if clauseBreak(t) {
			return false
		}
	}
	return false
}

// pastLeadBefore reports whether a finished act governs the time phrase
// at i from further back than pastVerbBefore looks, when the sentence
// turns to the future only after it: "held talks with Prime Minister Jan
// de Vries on Thursday and is scheduled to travel on Saturday", "who
// toured a field clinic near the border on Monday, promised that they
// will ...". A speech verb does not count: "said the talks on Friday are
// expected to ..." may tell a day ahead.
func (d *doc) pastLeadBefore(i, fut int) bool {
	if i >= fut {
		return false
	}
	k := d.pastVerbBack(i)
	if k < 0 {
		return false
	}
	b := d.tok(k - 1).lower
	return b != "be" && b != "been" && b != "will" && b != "would" && b != "is" && b != "are"
}

// pastVerbBack returns the nearest past-tense verb before the time phrase
// at i in its clause, looking back at most twelve words and stopping at
// punctuation or a word that turns to the future or a clause of its own;
// -1 when there is none. Speech verbs and attributive participles ("the
// long-delayed talks") do not count.
func (d *doc) pastVerbBack(i int) int {
	s := d.sents[d.sentOf[i]]
	for k := i - 1; k >= s.lo && k >= i-12; k-- {
		w := d.toks[k]
		if futureMarkers[w.lower] || w.lower == "would" || w.lower == "to" || w.lower == "that" || w.lower == "if" {
			return -1
		}
		if clauseBreak(w) {
			return -1
		}
		if w.kind != tokWord || w.cap || speechVerbs[w.lower] || d.attributive(k) {
			continue
		}
		if isPastForm(w.lower) {
			return k
		}
	}
	return -1
}

// attributive reports whether the word at k modifies a noun rather than
// telling an act: it follows a determiner, a hyphen ("long-delayed") or
// one word after a determiner ("the newly elected").
func (d *doc) attributive(k int) bool {
	p := d.tok(k - 1)
	return determiners[p.lower] || possessivePronoun[p.lower] || p.text == "-" || determiners[d.tok(k-2).lower] && strings.HasSuffix(p.lower, "ly")
}

// inDatePhrase reports whether token k belongs to a time phrase found in
// the text: the year of "Jan 6, 2026 (AFP) - The death toll ..." is no
// figure of the dead.
func (d *doc) inDatePhrase(k int) bool {
	for i := range d.dates {
		if de := &d.dates[i]; de.lo <= k && k < de.hi {
			return true
		}
	}
	return false
}

// pastClauseBefore reports whether the time phrase at i closes a clause
// opened by "after", "because", "since" or "when" whose verb is past, even
// when the sentence spoke of the future before it: "will face each other
// in a runoff after neither won a majority in the election on Sunday"
// tells a day gone by.
func (d *doc) pastClauseBefore(i int) bool {
	k := d.pastVerbBack(i)
	if k < 0 {
		return false
	}
	s := d.sents[d.sentOf[i]]
	for j := k - 1; j >= s.lo && j >= k-3; j-- {
		switch d.toks[j].lower {
		case "after", "because", "since", "when":
			return true
		}
		if d.toks[j].kind != tokWord {
			break
		}
	}
	return false
}

// clauseBreak reports whether punctuation at t ends the phrase a time is
// read in; a possessive or a hyphen stays inside it.
func clauseBreak(t token) bool {
	return t.kind == tokPunct && t.text != "'s" && t.text != "’s" && t.text != "-"
}
