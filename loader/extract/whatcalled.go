package extract

import "github.com/geokg/geokg/graph"

// A stance verb may take, instead of a noun, the speaker's own name for
// what happened: "condemned what she called "a slaughter of peaceful
// marchers"", "denounced what it described as an assault on democracy". The
// words after the naming verb are the speaker's judgement, not a new event:
// what is condemned is the event the report told before, or the one the
// judgement itself names when none was.

// whatNamingVerbs give a name in "what X called ...".
var whatNamingVerbs = setOf("called", "calls", "call", "described", "describes", "termed", "terms", "dubbed",
	"branded", "labelled", "labeled", "characterised", "characterized")

// whatCalledReferent returns the event a stance verb at k stands for when
// it takes "what X called ...", or nil.
func (d *doc) whatCalledReferent(k int) *event {
	if d.tok(k+1).lower != "what" {
		return nil
	}
	_, hi := d.clause(k)
	n := -1
	for j := k + 2; j < min(k+8, hi); j++ {
		if whatNamingVerbs[d.toks[j].lower] {
			n = j
			break
		}
		if t := d.toks[j]; t.kind != tokWord || d.trigAt[j] || !t.cap && d.spanAt[j] == 0 && !whatSubjectWords[t.lower] {
			return nil // "condemned what happened in ...": no naming verb
		}
	}
	if n < 0 || n == k+2 {
		return nil // the naming verb needs its own subject
	}
	var named *event
	for j := n + 1; j < min(n+10, len(d.toks)) && d.sentOf[j] == d.sentOf[k]; j++ {
		if strifeNouns[d.toks[j].lower] || bloodWords[d.toks[j].lower] {
			// "what she called a slaughter of peaceful marchers": the protest fired on
			if ev := d.latestEventOf(k, 6, graph.Attack, graph.Protest); ev != nil {
				return ev
			}
		}
		if m := d.evAt[j]; m != nil && m.ev != nil {
			// "what it called illegal strikes": the attack told before
			if ev := d.latestEventOf(k, 3, m.ev.typ); ev != nil {
				return ev
			}
			named = m.ev
			break
		}
	}
	if ev := d.condemnedBefore(k, 3); ev != nil {
		return ev // what others condemned before: "X condemned the takeover ... Y condemned what it called ..."
	}
	// "what it called an assault on democracy": a figure of speech for the
	// event told before; the words name a new event only when none was.
	if ev := d.latestMention(k, 2, func(m *eventMention) bool { return tookPlace(m.ev) }); ev != nil {
		return ev
	}
	if named != nil && named.mod == graph.Asserted && named.typ != graph.Statement {
		return named
	}
	return nil
}

// bloodWords name killing in a speaker's words.
var bloodWords = setOf("massacre", "massacres", "slaughter", "bloodbath", "carnage", "murder", "murders")

// condemnedBefore returns the event that happened and that a condemnation
// or criticism within back sentences before k's, or in k's, took.
func (d *doc) condemnedBefore(k, back int) *event {
	c := d.latestClaim(int(d.sentOf[k]), back, func(c *claim) bool {
		return (c.typ == graph.Condemned || c.typ == graph.Criticized) && c.dst.ev != nil && tookPlace(c.dst.ev)
	})
	if c == nil {
		return nil
	}
	return c.dst.ev
}

// tookPlace reports whether ev is a deed that happened: asserted, and
// neither words said nor talks held.
func tookPlace(ev *event) bool {
	return ev.mod == graph.Asserted && ev.typ != graph.Statement && ev.typ != graph.Meeting
}

// whatSubjectWords may stand between "what" and its naming verb.
var whatSubjectWords = setOf("he", "she", "it", "they", "we", "the", "its", "their", "has", "have", "had", "repeatedly",
	"government", "ministry", "military", "army", "authorities", "officials", "group")
