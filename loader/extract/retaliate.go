package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// Vows to hit back: "Moscow would respond", "reserves the right to
// respond", "vowed retaliation", "any provocation would be met with a swift
// response", "will face consequences". Wire copy rarely names the side
// answered next to the vow; it is the one the clause points at ("respond to
// any American move"), the author of the deed in the subject ("any further
// Turkish incursion would meet ..."), the side the speaker accuses in the
// same sentence, or the author of the latest attack told just before.

// retaliateVerbs hit back once a modal or a vow puts them to come.
var retaliateVerbs = setOf("respond", "retaliate", "avenge")

// hitBackVerbs hit back with "back" after them: "would hit back".
var hitBackVerbs = setOf("hit", "strike", "fight")

// retaliateNouns name the blow that answers: "a swift response".
var retaliateNouns = setOf("response", "retaliation", "revenge", "reprisal", "reprisals", "countermeasures",
	"counter-measures", "consequences", "retribution")

// retaliateNounHeads put a retaliation noun to come: "would be met with",
// "would meet", "will face", "vowed", "will take".
var retaliateNounHeads = setOf("met", "meet", "face", "vowed", "vows", "vow", "promised", "pledged", "take")

// vowHeads put "to respond" to come: "reserves the right to respond",
// "vowed to retaliate", "are ready to respond".
var vowHeads = withVerbs(setOf("right", "ready", "prepared", "determined"), "vow", "pledge", "promise", "threaten")

// retaliationAt reports whether token k holds a vow to hit back, and
// whether the clause's subject is the side answered rather than the one
// hitting back: "any attack would be met with force", "X will face
// consequences".
func (d *doc) retaliationAt(k int) (vow, subjectAnswered bool) {
	w := d.toks[k].lower
	switch {
	case retaliateVerbs[w] || hitBackVerbs[w] && d.tok(k+1).lower == "back":
		for j := k - 1; j >= 0 && j >= k-4; j-- {
			t := d.toks[j]
			switch {
			case t.lower == "not" || t.lower == "n't" || t.lower == "never":
				return false, false // "would not respond"
			case threatModals[t.lower]:
				return !d.openQuestion(j), false
			case t.lower == "to":
				return vowHeads[d.tok(j-1).lower], false
			case isQuote(t.text) || lyAdverb(t):
				continue // "would "firmly respond"
			}
			return false, false
		}
	case retaliateNouns[w] && d.blowToCome(k):
		return true, false // "Russia's response "will follow""
	case retaliateNouns[w] || vowMeasureNouns[w] && d.firmMeasure(k):
		for j := k - 1; j >= 0 && j >= k-6; j-- {
			t := d.toks[j].lower
			if t == "." || t == ";" || t == "," || d.spanAt[j] != 0 {
				return false, false
			}
			if retaliateNounHeads[t] {
				answered := t == "met" || t == "meet" || t == "face"
				return !answered && t != "take" || d.vowModalBefore(j) || t == "take" && d.vowedTo(j), answered
			}
		}
	}
	return false, false
}

// lyAdverb reports whether t is a lower-case word in -ly, most likely an
// adverb that may stand inside a verb phrase: "would firmly respond".
func lyAdverb(t token) bool {
	return t.kind == tokWord && !t.cap && strings.HasSuffix(t.lower, "ly")
}

// vowModalBefore reports whether a modal puts the word at j to come: "will
// face", "would be met with", "would "meet".
func (d *doc) vowModalBefore(j int) bool {
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		switch t := d.toks[k]; {
		case threatModals[t.lower]:
			return !d.openQuestion(k)
		case t.lower == "be" || isQuote(t.text) || t.lower == "also":
			continue
		}
		return false
	}
	return false
}

// openQuestion reports whether the modal at j sits in a question or an
// indirect one: "asked how Washington would respond".
func (d *doc) openQuestion(j int) bool {
	for k := j - 1; k >= 0 && k >= j-5; k-- {
		switch d.toks[k].lower {
		case "how", "whether", "what", "when":
			return true
		}
	}
	return false
}

// retaliationThreats reads, in sentence si, a vow to hit back: the speaker
// (else the vow's subject) threatens the side answered, when the sentence
// makes it clear.
func (d *doc) retaliationThreats(si int) {
	s := d.sents[si]
	for k := s.lo; k < s.hi; k++ {
		vow, answered := d.retaliationAt(k)
		if !vow {
			continue
		}
		src := d.warnerOf(k, si)
		if src == nil {
			src = d.subjectBefore(k, si)
		}
		if src == nil {
			src = d.speechSubject(k, si)
		}
		if src == nil {
			continue
		}
		if subj := d.clauseSubject(k); !answered && subj != nil && !d.vowSide(src, subj) {
			continue // "Peskov said Kyiv would respond": not the speaker's own vow
		}
		mod := d.threatModality(si)
		state := d.vowingState(k, src)
		for _, dst := range d.answeredSides(k, si, src) {
			d.addThreat(src, dst, mod, si)
			if state != nil {
				d.addThreat(state, dst, mod, si)
			}
		}
		return
	}
}

// answeredSides returns the side a vow to hit back at k answers and those
// listed with it: "any further Greek or Turkish incursion".
func (d *doc) answeredSides(k, si int, src *entity) []*entity {
	e := d.answeredSide(k, si, src)
	if e == nil {
		return nil
	}
	out := []*entity{e}
	lo, _ := d.clause(k)
	for _, sp := range d.walkBack(lo, k) {
		if sp == nil || sp.ent != e {
			continue
		}
		for j := sp.lo - 1; j > lo && (d.toks[j].lower == "or" || d.toks[j].lower == "and" || d.toks[j].text == ","); {
			o, ok := d.spanEntity(j - 1)
			if !ok || actorOf(o) == nil || d.vowSide(src, actorOf(o)) {
				break
			}
			out = append(out, actorOf(o))
			j = o.lo - 1
		}
		break
	}
	return out
}

// answeredSide returns the side a vow to hit back at k answers, or nil.
func (d *doc) answeredSide(k, si int, src *entity) *entity {
	other := func(e *entity) bool { return e != nil && !d.vowSide(src, e) }
	lo, _ := d.clause(k)
	if e := d.answeredObject(k, other); e != nil {
		return e // "respond to any American move"
	}
	for j, sp := range d.walkBack(max(lo, k-14), k) {
		if speechVerbs[d.toks[j].lower] || threatenVerbs[d.toks[j].lower] {
			break
		}
		if e := actorOf(sp); other(e) && !d.isSpeaker(sp) && !d.isModifierActor(sp) {
			return e // "any further Turkish incursion would meet a firm response"
		}
	}
	if c := d.latestClaim(si, 0, func(c *claim) bool {
		return c.typ == graph.Criticized && c.src.ent != nil && d.vowSide(src, c.src.ent) && other(c.dst.ent)
	}); c != nil {
		return c.dst.ent // "accused Baku of ... and said the militia kept its right to respond"
	}
	for j := k - 1; j >= d.sents[si].lo; j-- {
		if d.trigAt[j] && d.trigAtIs(j, graph.Attack) {
			// "branded the shelling criminal and said it would not go unanswered"
			if e := d.attackAuthor(d.evAt[j], other); e != nil {
				return e
			}
			break
		}
		// By the word as written, not its base: a noun or "to expel",
		// never a past "expelled".
		if expelWords[d.toks[j].lower] {
			if by := d.stateActBefore(j+1, src, other); by != nil {
				return by // "denounced the expulsions and vowed Moscow would respond"
			}
		}
	}
	if d.vowObjectAt(k) >= 0 {
		return nil // "respond to the "Zionist aggression"": the vow names what it answers
	}
	if d.reciprocalVow(k) {
		if by := d.stateActBefore(k, src, other); by != nil {
			return by // "would respond in kind" to the envoys it expelled
		}
	}
	return d.earlierWrong(si, src, other)
}

// answeredObject returns the actor named in the object of the vow at k:
// "respond to any American move", "retaliate against Israel".
func (d *doc) answeredObject(k int, other func(*entity) bool) *entity {
	j := d.vowObjectAt(k)
	if j < 0 {
		return nil
	}
	for i, sp := range d.walk(j+1, min(j+7, len(d.toks))) {
		if t := d.toks[i].text; t == "," || t == "." || t == ";" || d.toks[i].lower == "and" {
			return nil
		}
		if e := actorOf(sp); other(e) {
			return e
		}
	}
	return nil
}

// attackAuthor returns who carried out the attack m names, a state before
// its forces, or nil.
func (d *doc) attackAuthor(m *eventMention, other func(*entity) bool) *entity {
	if m == nil || m.ev == nil {
		return nil
	}
	var found *entity
	for i := range d.claims {
		c := &d.claims[i]
		if c.typ != graph.Perpetrated || c.dst.ev != m.ev || !other(c.src.ent) {
			continue
		}
		if c.src.ent.typ == graph.Country {
			return c.src.ent
		}
		if found == nil && c.src.ent.typ != graph.Person {
			found = c.src.ent
		}
	}
	return found
}

// speechSubject returns who speaks at the last speech verb before k in
// sentence si: "X accused Y of ... and said the group would respond".
func (d *doc) speechSubject(k, si int) *entity {
	for v := k - 1; v > d.sents[si].lo; v-- {
		if !speechVerbs[d.toks[v].lower] {
			continue
		}
		if e := d.coordinatedSubject(v, si); e != nil {
			return e
		}
		return d.subjectBefore(v, si)
	}
	return nil
}

// hostileDeeds, after a demonym, make its state the author of a deed a vow
// answers: "any Turkish incursion", "any American move".
var hostileDeeds = setOf("aggression", "provocation", "provocations", "move", "moves", "violation", "violations",
	"incursion", "incursions", "misadventure", "adventurism")

// deedDemonym reports whether the demonym span sp, alone or in a list
// joined by "or" or "and", qualifies a hostile deed that a vow in the same
// sentence answers: "any further Greek or Turkish "incursion" would meet a
// firm response".
func (d *doc) deedDemonym(sp *span) bool {
	k := sp.hi
	for n := 0; n < 4 && (d.tok(k).lower == "or" || d.tok(k).lower == "and" || d.tok(k).text == ","); n++ {
		o, ok := d.spanEntity(k + 1)
		if !ok || o.kind != spanGaz || len(o.gaz) == 0 || o.gaz[0].form != formDemonym {
			return false
		}
		k = o.hi
	}
	if isQuote(d.tok(k).text) {
		k++
	}
	if !hostileDeeds[d.tok(k).lower] {
		return false
	}
	s := d.sents[sp.sent]
	for j := s.lo; j < s.hi; j++ {
		if vow, _ := d.retaliationAt(j); vow {
			return true
		}
	}
	return false
}

// vowSide reports whether e stands on the side of src, who vows: src
// itself, the state src speaks for, a body src belongs to or one of its
// members.
func (d *doc) vowSide(src, e *entity) bool {
	return d.ownSide(src, e) || hasEntity(d.affiliations(e), src) || hasEntity(d.affiliations(src), e)
}

// vowingState returns the state a person src speaks for when it is named
// as the subject of the vow at k, or nil: in "X said Russia would respond"
// the vow is Russia's as well as X's.
func (d *doc) vowingState(k int, src *entity) *entity {
	if src.typ != graph.Person {
		return nil
	}
	if s := d.vowSubject(k); s != nil && s != src && s.typ == graph.Country && d.vowSide(src, s) {
		return s
	}
	return nil
}

// vowSubject returns the actor named right before the modal of the vow at
// k: "said Russia would respond", "warned that Tehran would "respond"".
func (d *doc) vowSubject(k int) *entity {
	j := k - 1
	for j > 0 && (isQuote(d.toks[j].text) || lyAdverb(d.toks[j])) {
		j--
	}
	if !threatModals[d.tok(j).lower] {
		return nil
	}
	if sp, e := d.actorAt(j - 1); e != nil && sp.hi == j {
		return e
	}
	return nil
}
