package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// appositionOpeners begin a noun phrase set off after a name: "the US
// senior adviser for Africa", "a rights group", "its chief negotiator".
var appositionOpeners = setOf("the", "a", "an", "its", "his", "her", "their", "one", "another")

// nounAsideOpen returns the comma opening a noun-phrase apposition that the
// comma at k closes right before a speech verb, or -1: in "Ana Ruiz, the
// bloc's envoy for trade, said" and "Ruiz, head of the committee, said"
// the name before the aside speaks. The aside must hold no verb-like word
// that would make it a clause ("X, the army said" is no aside).
func (d *doc) nounAsideOpen(k, lo int) int {
	for j := k - 1; j > lo && j >= k-16; j-- {
		t := d.toks[j]
		if t.text != "," {
			if speechVerbs[t.lower] || clauseBreaks[t.lower] || t.lower == "that" || t.lower == "and" && j == k-1 {
				return -1
			}
			continue
		}
		if j+1 >= k-1 {
			return -1
		}
		if !d.asideOpener(j+1, k) {
			return -1
		}
		if sp, e := d.actorAt(j - 1); e == nil || sp.hi != j {
			if d.tok(j-1).text != ")" {
				return -1
			}
			// "The Permanent Council (PC), a rights group, said".
			o := j - 2
			if o < lo {
				return -1 // a bracket opening the text names no body
			}
			for o > lo && d.toks[o].text != "(" && o > j-6 {
				o--
			}
			if sp, e := d.actorAt(o - 1); d.toks[o].text != "(" || e == nil || sp.hi != o {
				return -1
			}
			return o
		}
		return j
	}
	return -1
}

// asideOpener reports whether the words from a up to k open a noun phrase:
// an article or possessive ("the", "its"), a name's possessive ("Myanmar's
// closest ally") or a title-like noun taking "of" ("head of the
// committee").
func (d *doc) asideOpener(a, k int) bool {
	t := d.tok(a)
	switch {
	case appositionOpeners[t.lower] && t.kind == tokWord:
		return true
	case d.spanAt[a] != 0:
		sp := &d.spans[d.spanAt[a]-1]
		return sp.kind == spanRole || d.tok(sp.hi).lower == "'s"
	case t.kind == tokWord && !t.cap && d.tok(a+1).lower == "of" && a+1 < k:
		return true
	}
	return false
}

// sharedSpeaker returns who speaks at a speech verb k that shares its
// subject with an earlier predicate: "X condemned the raid and said ...",
// "X rejected the plan, saying ...". The speaker is the clause's first
// acting name, not the object the verb follows.
func (d *doc) sharedSpeaker(k int, s sentence) *entity {
	if k <= s.lo {
		return nil // the verb opens the sentence: no earlier predicate
	}
	p := k - 1
	for p > s.lo && auxWords[d.toks[p].lower] {
		p--
	}
	w := d.toks[k].lower
	switch {
	case d.toks[p].lower == "and" || d.toks[p].lower == "but":
	case d.toks[p].text == "," && strings.HasSuffix(w, "ing"):
	default:
		return nil
	}
	lo, _ := d.clause(p)
	if d.toks[p].lower == "but" {
		lo, _ = d.clause(max(p-1, s.lo)) // "X welcomed the visit but said": the clause before "but"
	}
	e := d.firstActorIn(lo, p)
	if e != nil && e.typ != graph.Person {
		if n := d.namedHolder(lo, p, e); n != nil {
			return n
		}
	}
	return e
}

// namedHolder returns the person set off by commas right after the title
// that the body e opens: "Myanmar's military chief, Gen. Ana Ruiz, told
// reporters" is Ruiz speaking, not the army.
func (d *doc) namedHolder(lo, hi int, e *entity) *entity {
	end := -1
	for j, sp := range d.walk(lo, hi) {
		switch {
		case end < 0 && sp != nil && sp.ent == e:
			end = sp.hi
		case end < 0:
		case j > end+8:
			return nil
		case sp != nil && sp.ent != nil && sp.ent.typ != graph.Person:
			if !d.prepObject(sp) {
				return nil // "the envoy to the Philippines, Ana Ruiz," steps over its object
			}
		case sp != nil && sp.ent != nil:
			c := sp.lo - 1
			for c > end && d.toks[c].cap {
				c-- // "chief, Senior Gen. Ana Ruiz,": ranks stand between
			}
			if d.toks[c].text != "," || d.tok(sp.hi).text != "," {
				return nil
			}
			if d.titleEnd(c - 1) {
				return sp.ent
			}
			return nil
		}
	}
	return nil
}

// titleEnd reports whether token k may end a title before the name it
// introduces: a role ("spokesman"), a plain noun ("chief") or the object
// of a title's preposition ("ambassador to the Philippines"). "led by"
// names someone else.
func (d *doc) titleEnd(k int) bool {
	if sp, ok := d.spanEntity(k); ok {
		return sp.kind == spanRole || d.prepObject(sp)
	}
	t := d.tok(k)
	return t.kind == tokWord && !t.cap && t.lower != "by" && t.lower != "with" && t.lower != "and"
}
