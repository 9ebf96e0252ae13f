package extract

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// refusalModals, followed by "not" or "never", turn down what their verb
// names: "would not resign", "will never accept". "Could not" tells an
// inability, not a refusal.
var refusalModals = setOf("will", "would", "shall", "'ll")

// refusalNegations are modals and negations written as one word.
var refusalNegations = setOf("won't", "wouldn't", "shan't")

// refusalVerb returns where the verb a refusal opened at k starts, or -1:
// "would not resign", "will never again accept", "won't withdraw",
// "refused to hand over".
func (d *doc) refusalVerb(k int) int {
	w := d.toks[k].lower
	j := k + 1
	switch {
	case refusalModals[w]:
		if n := d.tok(j).lower; n != "not" && n != "never" && n != "n't" {
			return -1
		}
		j++
	case refusalNegations[w]:
	case (w == "refused" || w == "refuses" || w == "refusing" || w == "refuse") && d.tok(k+1).lower == "to":
		j++
	default:
		return -1
	}
	for j < len(d.toks) && j < k+5 && (d.toks[j].lower == "ever" || d.toks[j].lower == "again" || d.toks[j].lower == "be" && d.tok(j+1).lower == "willing") {
		j++
	}
	if d.tok(j).lower == "willing" && d.tok(j+1).lower == "to" {
		j += 2 // "would not be willing to"
	}
	if j >= len(d.toks) {
		return -1
	}
	return j
}

// concessionVerbs give up something a party holds or has done: "would
// not retract the remarks" turns down a retraction. Two-word verbs are
// keyed by their first word and checked by concessionAt; actionNouns names
// the event.
var concessionVerbs = setOf("withdraw", "retract", "disarm", "resign", "pull", "step", "give", "hand", "lay",
	"surrender", "apologise", "apologize", "cede")

// armsWords are what a party gives up when it disarms.
var armsWords = setOf("weapons", "arms", "arsenal", "guns", "weapon")

// armsParticles complete the verbs that give up arms: "give up", "hand
// over", "lay down".
var armsParticles = map[string]string{"give": "up", "hand": "over", "lay": "down"}

// concessionAt returns how many tokens the concession verb at v takes, or
// 0 when it names none: "give up its weapons" is disarmament, "give up
// hope" is nothing.
func (d *doc) concessionAt(v int) int {
	w := d.toks[v].lower
	if !concessionVerbs[w] || d.spanAt[v] != 0 {
		return 0
	}
	next := d.tok(v + 1).lower
	switch w {
	case "pull":
		if next != "out" && next != "back" {
			return 0
		}
		return 2
	case "step":
		if next != "down" && next != "aside" {
			return 0
		}
		return 2
	case "give", "hand", "lay":
		if next != armsParticles[w] {
			return 0
		}
		for j := v + 2; j < v+6 && j < len(d.toks); j++ {
			if armsWords[d.toks[j].lower] {
				return 2
			}
		}
		return 0
	}
	return 1
}

// refusalDoer returns who would have to act in the refusal at k: the
// subject of its own clause ("said Israel would not withdraw" is Israel's
// withdrawal), nil when the clause names none.
func (d *doc) refusalDoer(k, si int) *entity {
	if !d.subjectInClause(k) {
		return nil
	}
	return d.subjectBefore(k, si)
}

// addRefusalMentions makes an event of what a party refuses to do when no
// event word names it: "she would not retract her remarks" is her
// retraction, still to come; "the group will never give up its weapons"
// its disarmament.
func (d *doc) addRefusalMentions(si, start int) {
	s := d.sents[si]
	for k := s.lo; k < s.hi; k++ {
		v := d.refusalVerb(k)
		if v < 0 || v >= s.hi || slices.ContainsFunc(d.evs[start:], func(m *eventMention) bool { return m.lo == v }) {
			continue // the event word made its own mention
		}
		n := d.concessionAt(v)
		if n == 0 {
			continue
		}
		doer := d.refusalDoer(k, si)
		if doer == nil || d.untilAfter(v) {
			continue
		}
		d.insertMention(start, &eventMention{lo: v, hi: v + n, sent: si, typ: graph.OtherEvent, verb: true, noun: d.spanText(v, v+n),
			mod: graph.Possible, parts: []*entity{doer}})
	}
}

// acceptVerbs, refused, turn down the event they take as object: "will
// not accept any ceasefire", "would not allow the vote".
var acceptVerbs = setOf("accept", "allow", "tolerate", "permit", "countenance", "recognise", "recognize", "endorse", "sign")

// refusalRelations: who says a party will not do a thing rejects it, and
// so does the party when no one else speaks: "Hamas said it would never
// give up its weapons" has Hamas reject its disarmament.
func (d *doc) refusalRelations(si int) {
	s := d.sents[si]
	for k := s.lo; k < s.hi; k++ {
		v := d.refusalVerb(k)
		if v < 0 || v >= s.hi {
			continue
		}
		doer := d.refusalDoer(k, si)
		if doer == nil {
			continue
		}
		if d.untilAfter(v) {
			continue // "will not withdraw until a deal is reached": a demand of the deal
		}
		if d.refusalInCondition(k) {
			continue // "would be punished if it refused to disarm": no one has refused
		}
		src := d.refusalSpeaker(k, si)
		if src == nil {
			src = doer
		}
		ev := d.refusedEvent(v)
		if ev == nil {
			continue
		}
		d.addClaim(claim{src: ent(src), dst: evt(ev), typ: graph.Rejected, mod: graph.Asserted, sent: si, conf: 0.5})
	}
}

// refusedEvent returns the event the refused verb at v names, or, for a
// verb of acceptance, the first event its object names within the clause.
func (d *doc) refusedEvent(v int) *event {
	if !acceptVerbs[d.toks[v].lower] {
		if m := d.evAt[v]; m != nil && m.ev != nil && (m.typ == graph.OtherEvent || m.typ == graph.Meeting) {
			return m.ev // "would not negotiate", "would not resign"
		}
		return nil // "would not attack": an assurance, not a refusal
	}
	_, hi := d.clause(v)
	for j := v + 1; j < hi && j < v+8; j++ {
		if w := d.toks[j].lower; w == "unless" || w == "until" || w == "while" || w == "if" || strings.HasSuffix(w, "ing") && d.spanAt[j] == 0 && !d.trigAt[j] {
			return nil
		}
		if m := d.evAt[j]; m != nil && m.ev != nil {
			return m.ev
		}
	}
	return nil
}

// refusalSpeaker returns who tells of the refusal at k: the quoted speaker
// of the sentence, else the subject of the saying verb before it: "Dina
// Rossi said Italy would not withdraw" is Rossi's rejection.
func (d *doc) refusalSpeaker(k, si int) *entity {
	if e := d.speakerOf(si); e != nil {
		return e
	}
	for j := k - 1; j > d.sents[si].lo && j >= k-12; j-- {
		w := d.toks[j].lower
		if !speechVerbs[w] {
			continue
		}
		if strings.HasSuffix(w, "ing") && d.tok(j-1).text == "," {
			return d.participleSubject(j, si) // "..., saying the group would not ..."
		}
		return d.subjectBefore(j, si)
	}
	return nil
}

// untilAfter reports whether an "until" or "unless" follows the verb at v
// in its sentence: the refusal then holds only until what it names.
func (d *doc) untilAfter(v int) bool {
	s := d.sents[d.sentOf[v]]
	for j := v + 1; j < s.hi; j++ {
		if d.toks[j].lower == "until" || d.toks[j].lower == "unless" {
			return true
		}
	}
	return false
}
