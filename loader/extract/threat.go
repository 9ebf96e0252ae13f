package extract

import "github.com/geokg/geokg/graph"

// Threats told without an object after the verb: a warning of force on a
// condition ("warned that Ankara could launch an operation if the rebels
// do not disarm"), a price to pay ("said Iran would pay a heavy price"), a
// deed that "will not go unanswered".

// punitiveWords in the consequence of a condition make it a threat.
var punitiveWords = setOf("respond", "retaliate", "retaliation", "strike", "strikes", "attack", "attacks", "hit",
	"launch", "impose", "punish", "sanction", "sanctions", "tariffs", "force", "consequences", "operation",
	"offensive", "response", "suspend", "cut", "bounty", "expel", "invade", "bomb", "pay", "militarily",
	// the side punished as the subject: "warned that X would be crushed if ..."
	"obliterated", "destroyed", "crushed", "annihilated", "punished", "suspended", "eliminated")

// threatModals put the consequence still to come.
var threatModals = setOf("would", "could", "will", "might", "may", "shall", "'ll")

// threatRelations reads the threats of sentence si.
func (d *doc) threatRelations(si int) {
	d.conditionalThreats(si)
	d.priceThreats(si)
	d.retaliationThreats(si)
	d.exclusionThreats(si)
}

// conditionalThreats: "X warned that Y could launch strikes on Z if W does
// not stop" makes X threaten W (the condition's subject), else Z; so does
// "X has not ruled out strikes in Z if ...", and a speaker's "If W does
// not comply, we will respond".
func (d *doc) conditionalThreats(si int) {
	s := d.sents[si]
	for c := s.lo; c < s.hi; c++ {
		if w := d.toks[c].lower; w != "if" && w != "unless" {
			continue
		}
		if p := d.tok(c - 1).lower; p == "even" || p == "as" || p == "only" {
			continue
		}
		clo, chi := s.lo, c
		if c == s.lo || c == s.lo+1 && isQuote(d.toks[s.lo].text) {
			// "If W does not comply, Europe will respond."
			j := c + 1
			for j < s.hi && d.toks[j].text != "," {
				j++
			}
			clo, chi = j+1, s.hi
		}
		src, at := d.threatSource(si, clo, chi)
		if src == nil {
			continue
		}
		dst := d.conditionSubject(c)
		if dst == nil && chi == c && d.pronounSubject(c+1) {
			dst = d.payer(c, si, src) // "X would be crushed if it refused": it is X
			if dst != nil && !d.modalSubject(dst, c, si) {
				dst = nil // "EU funds could be suspended if it ...": EU only qualifies the funds
			}
		}
		if dst == nil || dst == src {
			dst = d.punishedActor(at, chi, src)
		}
		if dst == nil || dst == src {
			continue
		}
		d.addThreat(src, dst, graph.Conditional, si)
		return
	}
}

// threatSource returns who threatens in the consequence [lo, hi) and
// where the threat starts: the subject of a warning or of a refusal to
// rule out force, else the quoted speaker of a consequence that names one.
// It returns nil when the consequence names no force or penalty.
func (d *doc) threatSource(si, lo, hi int) (*entity, int) {
	for j := lo; j < hi; j++ {
		w := d.toks[j].lower
		if !(threatenVerbs[w] || d.refusedRuleOut(j)) || !d.punitiveAfter(j, hi) {
			continue
		}
		src := d.subjectBefore(j, si)
		if c := d.coordinatedSubject(j, si); c != nil && src == nil {
			src = c // the speaker of "He said ... and warned that" comes first
		}
		return src, j
	}
	spk := d.speakerOf(si)
	if spk == nil {
		return nil, 0
	}
	for j := lo; j < hi; j++ {
		if threatModals[d.toks[j].lower] && d.punitiveAfter(j, min(j+5, hi)) {
			return spk, j
		}
	}
	return nil, 0
}

// ruleForms are the forms of "rule" a refusal of "rule out" takes: "has
// not ruled out", "never rules out", "refused to rule out".
var ruleForms = verbSet("rule")

// refusedRuleOut reports whether j opens a "rule out" that is refused or
// denied, which keeps what follows open.
func (d *doc) refusedRuleOut(j int) bool {
	return ruleForms[d.toks[j].lower] && d.tok(j+1).lower == "out" && d.negatedRule(j)
}

// negatedRule reports whether "rule out" at j is refused or denied: "has
// not ruled out", "refused to rule out", "would not rule out".
func (d *doc) negatedRule(j int) bool {
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		switch d.toks[k].lower {
		case "not", "n't", "never", "refused", "refuses", "declined", "declines", "won't", "wouldn't":
			return true
		}
	}
	return false
}

// punitiveAfter reports whether a word of force or penalty, or an attack or
// sanction, follows j before hi.
func (d *doc) punitiveAfter(j, hi int) bool {
	for k := j + 1; k < hi; k++ {
		if punitiveWords[d.toks[k].lower] || d.trigAt[k] && (d.trigAtIs(k, graph.Attack) || d.trigAtIs(k, graph.Sanction)) {
			return true
		}
	}
	return false
}

// conditionSubject returns the actor that opens the condition at c: "if
// the ELN does not hand over its weapons" gives the ELN.
func (d *doc) conditionSubject(c int) *entity {
	j := d.pastThe(c + 1)
	if j >= len(d.toks) {
		return nil
	}
	sp, e := d.actorAt(j)
	if e == nil || sp.lo != j || d.tok(sp.hi).lower == "'s" {
		return nil
	}
	return e
}

// punishedActor returns the first actor after the threat at j and before
// hi that is not its author nor the one who would act: "strike hideouts
// inside Afghanistan", "drone strikes against cartel targets in Mexico".
func (d *doc) punishedActor(j, hi int, src *entity) *entity {
	acting := d.clauseSubject(j + 1)
	for _, sp := range d.walk(j+1, hi) {
		if sp == nil {
			continue
		}
		e := sp.ent
		if e == nil || e.media || e == src || e == acting || e.typ == graph.Location || d.isSpeaker(sp) {
			continue
		}
		if d.punitiveAfter(j, sp.lo) {
			return e
		}
	}
	return nil
}

// priceWords follow "pay" in a threat: "pay a heavy price", "pay dearly".
var priceWords = setOf("price", "dearly")

// priceThreats: "said Iran would pay a heavy price" threatens Iran;
// "said Israel's aggression would not go unanswered" threatens Israel.
func (d *doc) priceThreats(si int) {
	s := d.sents[si]
	for k := s.lo; k < s.hi; k++ {
		w := d.toks[k].lower
		price := w == "pay" && d.wordAfter(k+1, 4, priceWords)
		unanswered := (w == "unanswered" || w == "unpunished") && d.tok(k-1).lower == "go"
		if !price && !unanswered {
			continue
		}
		src := d.warnerOf(k, si)
		if src == nil {
			continue
		}
		dst := d.payer(k, si, src)
		if dst == nil && unanswered {
			dst = d.answeredSide(k, si, src) // "said the raids would not go unanswered"
		}
		if dst != nil {
			d.addThreat(src, dst, d.threatModality(si), si)
		}
	}
}

// warnerOf returns who warns of what token k of sentence si tells: the
// speaker of a relative clause holding k ("Z, who warned that ..."), else
// the sentence's speaker, or nil.
func (d *doc) warnerOf(k, si int) *entity {
	if w := d.relativeWarner(k, si); w != nil {
		return w
	}
	return d.speakerOf(si)
}

// payer returns the actor who is to pay, or whose deed is to be answered,
// in the clause before k: the nearest actor that is not the speaker.
func (d *doc) payer(k, si int, spk *entity) *entity {
	s := d.sents[si]
	for j, sp := range d.walkBack(max(s.lo, k-14), k) {
		if speechVerbs[d.toks[j].lower] {
			return nil // "Iran said it would make Israel pay": the speech verb comes first
		}
		if sp == nil {
			continue
		}
		e := actorOf(sp)
		if e == nil || e == spk || d.isSpeaker(sp) || d.isModifierActor(sp) {
			continue
		}
		return e
	}
	return nil
}

// threatModality is conditional when the sentence holds a condition.
func (d *doc) threatModality(si int) graph.Modality {
	s := d.sents[si]
	for k := s.lo; k < s.hi; k++ {
		if w := d.toks[k].lower; (w == "if" || w == "unless") && d.tok(k-1).lower != "even" {
			return graph.Conditional
		}
	}
	return graph.Asserted
}

// addThreat states src threatening dst, or makes a threat already read in
// the sentence conditional.
func (d *doc) addThreat(src, dst *entity, mod graph.Modality, si int) {
	for i := range d.claims {
		c := &d.claims[i]
		if c.typ == graph.Threatened && c.sent == si && c.src.ent == src && c.dst.ent == dst {
			if mod == graph.Conditional {
				c.mod = mod
			}
			return
		}
	}
	d.addClaim(claim{src: ent(src), dst: ent(dst), typ: graph.Threatened, mod: mod, sent: si, conf: 0.5})
}

// threatThings name a measure or a state of affairs that can threaten
// without anyone threatening: "the move threatens jobs".
var threatThings = setOf("move", "moves", "plan", "plans", "decision", "law", "bill", "policy", "policies", "measure",
	"measures", "situation", "presence", "deployment", "step", "steps", "proposal", "project", "programme", "program")

// thingThreatens reports whether the threatening verb at k has a thing
// for its subject, an event word or a measure, told just before it
// (a quotation mark may stand between).
func (d *doc) thingThreatens(k int) bool {
	j := k - 1
	if j >= 0 && isQuote(d.toks[j].text) {
		j--
	}
	if j >= 0 && threatModals[d.toks[j].lower] {
		j-- // "the plan could threaten ..."
	}
	if j >= 0 && d.spanAt[j] != 0 {
		// a name closing the thing's phrase: "an attack on Taiwan could
		// threaten ...": step back over the name and its preposition
		j = d.spans[d.spanAt[j]-1].lo - 1
		if j >= 0 && d.toks[j].lower == "the" {
			j--
		}
		if j < 0 || !thingPreps[d.toks[j].lower] {
			return false
		}
		j--
	}
	if j < 0 || d.spanAt[j] != 0 {
		return false
	}
	return threatThings[d.toks[j].lower] || d.trigAt != nil && d.trigAt[j] && d.evAt[j] != nil
}

// thingPreps join a name to the thing that threatens: "an attack on
// Taiwan", "the presence of foreign troops in Syria".
var thingPreps = setOf("on", "against", "by", "in", "of")
