package extract

import (
	"slices"

	"github.com/geokg/geokg/graph"
)

// A vow to hit back often stands a sentence or two after the deed it
// answers: "The United States imposed sanctions on three Chinese refiners.
// Beijing would take "necessary measures", the ministry said." The side
// answered is then the author of the latest blow told against the vowing
// side, or the side it accused just before.

// vowMeasureNouns name a step that answers once a word of force qualifies
// it: "resolute and forceful measures", "further action".
var vowMeasureNouns = setOf("measures", "action", "steps")

// firmWords qualify a step as a blow: "necessary measures", "retaliatory
// steps", "further action".
var firmWords = setOf("necessary", "retaliatory", "reciprocal", "resolute", "forceful", "firm", "decisive", "strong",
	"tough", "further", "countermeasures", "appropriate", "military", "punitive", "drastic")

// firmMeasure reports whether a word of force qualifies the step at k,
// within the three words before it: "take "resolute and forceful measures"".
func (d *doc) firmMeasure(k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		t := d.toks[j]
		if firmWords[t.lower] {
			return true
		}
		if !(t.lower == "and" || isQuote(t.text) || t.lower == "all" || lyAdverb(t)) {
			return false
		}
	}
	return false
}

// blowToCome reports whether the blow named at k is said to come: "a
// response "will follow"", "retaliation would come".
func (d *doc) blowToCome(k int) bool {
	j := k + 1
	if isQuote(d.tok(j).text) {
		j++
	}
	if !threatModals[d.tok(j).lower] {
		return false
	}
	j++
	if isQuote(d.tok(j).text) {
		j++
	}
	w := d.tok(j).lower
	return w == "follow" || w == "come"
}

// vowedTo reports whether "take" at j is vowed or readied: "is prepared to
// take further action", "vowed to take retaliatory steps".
func (d *doc) vowedTo(j int) bool {
	k := j - 1
	if isQuote(d.tok(k).text) {
		k--
	}
	if d.tok(k).lower != "to" {
		return false
	}
	k--
	if isQuote(d.tok(k).text) {
		k--
	}
	return vowHeads[d.tok(k).lower]
}

// hostileClaims are blows one side deals another.
var hostileClaims = map[graph.RelationType]bool{graph.Attacked: true, graph.Sanctioned: true,
	graph.Criticized: true, graph.Condemned: true, graph.Threatened: true}

// earlierWrong returns the side a vow of src in sentence si answers, read
// in the two sentences before: the author of the latest blow against
// src's side, or the side src's side accused; nil when none is told.
func (d *doc) earlierWrong(si int, src *entity, other func(*entity) bool) *entity {
	for back := si - 1; back >= 0 && back >= si-2; back-- {
		if d.sents[back].heading {
			continue
		}
		c := d.latestClaim(back, 0, func(c *claim) bool {
			if c.mod != graph.Asserted || c.src.ent == nil || c.dst.ent == nil {
				return false
			}
			if hostileClaims[c.typ] && d.vowSide(src, c.dst.ent) && other(c.src.ent) {
				return true // the blow answered
			}
			return (c.typ == graph.Criticized || c.typ == graph.Condemned) && d.vowSide(src, c.src.ent) && other(c.dst.ent)
		})
		if c == nil {
			if e := d.blowAuthorIn(back, src, other); e != nil {
				return e
			}
			continue
		}
		if d.vowSide(src, c.dst.ent) {
			return c.src.ent
		}
		return c.dst.ent
	}
	return nil
}

// blowAuthorIn returns who dealt the latest blow told in sentence si: an
// attack or sanction that hit src's side or no side named ("Argentina
// imposed sanctions on three Chilean firms"), or a state act against src's
// side ("Australia ordered Iran's ambassador to leave").
func (d *doc) blowAuthorIn(si int, src *entity, other func(*entity) bool) *entity {
	for _, m := range slices.Backward(d.sentMentions(si)) {
		if m.mod != graph.Asserted {
			continue
		}
		if e := d.stateActAuthor(m, src, other); e != nil {
			return e
		}
		if m.typ != graph.Attack && m.typ != graph.Sanction || !other(m.perp) {
			continue
		}
		hit := len(m.targets) == 0
		for _, t := range m.targets {
			hit = hit || d.vowSide(src, t)
		}
		if hit {
			return m.perp
		}
	}
	return nil
}

// vowObjectAt returns where the object of the vow at k opens, the "to"
// or "against" of "respond "forcefully" to", or -1.
func (d *doc) vowObjectAt(k int) int {
	j := k + 1
	if d.tok(j).lower == "back" {
		j++
	}
	for j < len(d.toks) && (isQuote(d.toks[j].text) || lyAdverb(d.toks[j])) {
		j++
	}
	if w := d.tok(j).lower; w != "to" && w != "against" {
		return -1
	}
	return j
}

// stateActAuthor returns who took the state act against src's side that
// the mention m tells ("ordered Iran's ambassador to leave", "the
// expulsions"), or nil: a vow to answer "in kind" answers them.
func (d *doc) stateActAuthor(m *eventMention, src *entity, other func(*entity) bool) *entity {
	if m.typ != graph.OtherEvent || m.ev == nil || len(m.ev.parts) < 2 {
		return nil
	}
	key := d.stateActKey(m.lo, m.hi)
	if _, ok := stateActNouns[key]; !ok && !expelWords[key] {
		return nil
	}
	if a := m.ev.parts[0]; other(a) && slices.ContainsFunc(m.ev.parts[1:], func(b *entity) bool { return d.vowSide(src, b) }) {
		return a // "ordered Iran's ambassador, X, to leave": Iran's side is expelled
	}
	return nil
}

// stateActBefore returns the state that took the latest measure against
// src's side told before k, within the six sentences before.
func (d *doc) stateActBefore(k int, src *entity, other func(*entity) bool) *entity {
	var by *entity
	d.latestMention(k, 6, func(m *eventMention) bool {
		by = d.stateActAuthor(m, src, other)
		return by != nil
	})
	return by
}

// reciprocalVow reports whether the vow at k answers like with like:
// "would respond in kind", "respond "in a mirror manner"", "would respond
// reciprocally".
func (d *doc) reciprocalVow(k int) bool {
	for j := k + 1; j < len(d.toks) && j <= k+5; j++ {
		switch w := d.toks[j].lower; {
		case w == "kind" && d.tok(j-1).lower == "in", w == "mirror", w == "reciprocally", w == "symmetrically":
			return true
		case d.isBreak(j):
			return false
		}
	}
	return false
}
