package extract

import "github.com/geokg/geokg/graph"

// sourcedStatement reports whether a statement mention only names where a
// report came from: "..., the ministry said in a statement." closing a
// sentence that tells of something else, or "according to a statement from
// his office". Such an attribution is the source of the sentence's news, not
// a statement event of its own. A quote before it ("'...,' she said in a
// statement") or a "that" clause after it ("said in a statement that ...")
// is the statement's own content and keeps it.
func (d *doc) sourcedStatement(m *eventMention) bool {
	if w := d.toks[m.hi-1].lower; w != "statement" && w != "statements" {
		return false // "said in a post", "in a televised address": an act of its own
	}
	s := d.sents[m.sent]
	k := d.statementModsBefore(m.lo-1, s.lo)
	if d.tok(k).lower == "to" && d.tok(k-1).lower == "according" {
		return true
	}
	if d.tok(k).lower != "in" || !saidVerbs[d.tok(k-1).lower] {
		return false
	}
	if quoteMarks[d.toks[s.lo].text] {
		return false
	}
	// Only a time may follow: "said in a statement on Thursday."
	rest := 0
	for j := m.hi; j < s.hi; j++ {
		t := d.toks[j]
		if t.text == "." {
			break
		}
		if t.text == "," || t.text == ":" || t.lower == "that" || quoteMarks[t.text] {
			return false
		}
		if rest++; rest > 4 {
			return false
		}
	}
	// The sayer follows a comma that closes the reported clause.
	for j, n := k-2, 0; j > s.lo && n < 10; j, n = j-1, n+1 {
		if d.toks[j].text == "," {
			return j-s.lo >= 5 && !d.violenceIn(s.lo, j)
		}
	}
	return false
}

// violenceIn reports whether an attack is told between lo and hi. Police or
// an army telling of an attack in a statement is often the only account of
// it, and the statement is reported as an event beside it: "Gunmen seized a
// bus on Monday, police said in a statement."
func (d *doc) violenceIn(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if w := d.toks[k].lower; unnamedSubjects[w] || fightingWords[w] || w == "violence" {
			return true // "the attackers blocked the road", "the violence broke out"
		}
		if tr, n := d.lex.triggers.longest(d.toks, k, hi); n > 0 && tr.typ == graph.Attack {
			return true
		}
	}
	return false
}

// statementModsBefore steps back from j over at most three words that
// stand between "in" and "statement", never to lo or before it.
func (d *doc) statementModsBefore(j, lo int) int {
	for n := 0; n < 3 && j > lo && statementModifiers[d.toks[j].lower]; n++ {
		j--
	}
	return j
}

// statementModifiers stand between "in" and "statement", the channels
// among them.
var statementModifiers = setPlus(statementChannels, "a", "an", "the", "brief", "short", "written", "separate", "televised",
	"its", "his", "her", "their", "later", "earlier", "preliminary")

// statementChannels name whom a statement was given out to; after an
// opener they keep it one made: "in his media statement", "a press
// statement".
var statementChannels = setOf("media", "press")

// statementOpeners stand before a "statement" that is one made: "a
// statement", "in his written statement", "a joint statement"; "the" does
// only after "in" ("in the statement"), as it otherwise recalls one.
var statementOpeners = setOf("a", "joint", "her", "his", "its", "their", "'s", "written", "separate", "brief", "televised",
	"video", "official", "short", "new", "preliminary")

// saidVerbs attribute a report to its source.
var saidVerbs = setOf("said", "says")

// statementMedium returns the verb before "in a statement" ending at k
// ("said in a brief statement"), or -1.
func (d *doc) statementMedium(k int) int {
	if w := d.tok(k).lower; w != "statement" && w != "statements" {
		return -1
	}
	j := d.statementModsBefore(k-1, 0)
	if d.tok(j).lower != "in" {
		return -1
	}
	return j - 1
}

// statementMeans reports whether the statement mention m, reached at j,
// is how a stance was made known rather than what it is about: "rejected
// the accusation in a written statement" rejects the accusation.
func (d *doc) statementMeans(m *eventMention, j int) bool {
	if m.typ != graph.Statement || m.lo != j {
		return false
	}
	k := d.statementModsBefore(j-1, 0)
	return k < j-1 && d.tok(k).lower == "in"
}
