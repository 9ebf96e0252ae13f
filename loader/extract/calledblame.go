package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// objectDeterminers open the noun phrase a verb of judgement takes:
// "called the move ...", "called these tariffs ...".
var objectDeterminers = setOf("the", "this", "these", "that", "those", "its", "their", "his", "her", "our", "such")

// judgedNouns stand for an event told before that a speaker judges:
// "called the verdicts a travesty", "called the reports disrespectful".
var judgedNouns = setOf("verdict", "verdicts", "ruling", "rulings", "sentence", "sentences", "warrant", "launch",
	"test", "plan", "proposal", "deal", "pact", "agreement", "vote", "election", "result", "results", "tariffs",
	"duties", "sanctions", "ban", "raid", "strike", "strikes", "drills", "exercises", "crackdown", "arrest", "arrests",
	"detention", "detentions", "conviction", "convictions", "trial", "signing", "threat", "threats", "expulsion", "visit", "speech", "remarks", "statement", "announcement", "order", "law", "bill", "referendum")

// calledEventBlame reads "called the move 'economic aggression'" and
// "called the verdicts a travesty of justice": a verb of naming at k whose
// object is an event, followed by a word of blame, criticises the event;
// "called the move legally void" rejects it. It returns the event and the
// relation, or nil.
func (d *doc) calledEventBlame(k int) (*event, graph.RelationType) {
	ev, at := d.calledObject(k)
	if ev == nil {
		return nil, ""
	}
	if typ := d.judgementAfter(at); typ != "" {
		return ev, typ
	}
	return nil, ""
}

// calledObject returns the event the object of a verb of naming at k
// stands for ("called the move ...", "called it ..."), and where the
// object ends, or nil.
func (d *doc) calledObject(k int) (*event, int) {
	j := k + 1
	var ev *event
	at := -1
	if w := d.tok(j).lower; w == "it" || w == "them" {
		if ev, at = d.calledPronounReferent(k), j+1; ev == nil {
			return nil, -1
		}
	} else if !objectDeterminers[w] {
		return nil, -1
	}
	j++
	for n := 0; ev == nil && n < 4 && j < len(d.toks); n, j = n+1, j+1 {
		t := d.toks[j]
		if m := d.evAt[j]; m != nil && m.ev != nil {
			ev, at = m.ev, m.hi
			break
		}
		if judgedNouns[t.lower] || measureNouns[t.lower] || strifeNouns[t.lower] || actNouns[t.lower] {
			ev, at = d.judgedReferent(k, t.lower), j+1
			break
		}
		if sp := d.modifierNameAt(j); sp != nil {
			j = sp.hi - 1 // "called the European move ...": whose move, not what is judged
			continue
		}
		if t.kind != tokWord || t.cap || d.spanAt[j] != 0 || blameWords[t.lower] {
			return nil, -1
		}
	}
	if ev == nil || d.tok(at).lower == "of" || d.tok(at).lower == "'s" {
		return nil, -1 // "called the leaders of ...": the object goes on past the noun
	}
	return ev, at
}

// voidWords deny a decision any force: "called the move legally void".
var voidWords = setOf("void", "invalid")

// judgementAfter returns the relation the judgement after the object of a
// verb of naming, ending at at, makes: a rejection for a word of no force,
// a criticism for a word of blame or a verdict of wrong. It returns "" when
// none follows within a few words of the clause.
func (d *doc) judgementAfter(at int) graph.RelationType {
	_, hi := d.clause(at)
	for n := at; n < min(at+6, hi+3, len(d.toks)); n++ {
		w := d.toks[n].lower
		if d.tok(n-1).lower == "not" {
			continue // "called the deal "not bad""
		}
		if voidWords[w] {
			return graph.Rejected
		}
		if blameWords[w] || verdictWords[w] {
			return graph.Criticized
		}
	}
	return ""
}

// calledPronounReferent returns the event "it" or "them" after the verb of
// naming at k stands for: the latest told before, when what follows judges
// it, no clause of its own takes the judgement ("called it regrettable
// that ..." judges the clause) and no stance verb of the sentence took it
// first.
func (d *doc) calledPronounReferent(k int) *event {
	if d.tok(k-1).text == "," {
		for j := d.sents[d.sentOf[k]].lo; j < k; j++ {
			if w := d.toks[j].lower; criticizeVerbs[w] || condemnVerbs[w] {
				return nil // "condemned the drill, calling it ...": the verb before took it
			}
		}
	}
	n := k + 2
	if isQuote(d.tok(n).text) {
		n++
	}
	if blameWords[d.tok(n).lower] || verdictWords[d.tok(n).lower] {
		n++ // "called it unacceptable that ...", past a closing quote
		if isQuote(d.tok(n).text) {
			n++
		}
		if w := d.tok(n).lower; w == "that" || w == "to" || w == "for" || w == "if" || w == "when" {
			return nil
		}
	}
	if ev := d.judgedJustBefore(k); ev != nil {
		return ev
	}
	ev := d.latestEvent(k)
	if ev == nil || ev.typ == graph.Statement || ev.mod != graph.Asserted {
		return nil // what is judged took place
	}
	return ev
}

// judgedJustBefore returns the event that others judged in the sentence
// before k's or earlier in k's: "Egypt rejected the recognition. Turkey
// called it ..." judges the recognition, whatever was told after it.
func (d *doc) judgedJustBefore(k int) *event {
	si := int(d.sentOf[k])
	for i := len(d.claims) - 1; i >= 0; i-- {
		c := d.claims[i]
		if c.sent < si-1 {
			break
		}
		switch c.typ {
		case graph.Rejected, graph.Criticized, graph.Condemned:
			if ev := c.dst.ev; ev != nil && ev.mod == graph.Asserted && ev.typ != graph.Statement {
				return ev
			}
		}
	}
	return nil
}

// modifierNameAt returns the span of a name that opens at j and qualifies
// the common noun written right after it ("the European move", "the
// Kremlin decision"), or nil.
func (d *doc) modifierNameAt(j int) *span {
	if d.spanAt[j] == 0 {
		return nil
	}
	sp := &d.spans[d.spanAt[j]-1]
	if t := d.tok(sp.hi); sp.lo != j || t.kind != tokWord || t.cap || d.spanAt[sp.hi] != 0 {
		return nil
	}
	return sp
}

// judgedReferent returns the event a noun judged at the verb k stands for:
// unrest for words of strife, the event of the noun's word family, the
// latest event of the kind a trigger noun names, else the latest event that
// took place, not one only threatened, hoped for or asked for, nor a
// meeting, nor a statement unless the noun names one.
func (d *doc) judgedReferent(k int, noun string) *event {
	if strifeNouns[noun] {
		return d.latestEventOf(k, 2, graph.Attack, graph.Protest)
	}
	if ev, ok := d.kinReferent(k, noun); ok && ev != nil {
		return ev
	}
	if tr, ok := d.lex.triggers.m[noun]; ok && !tr.verb {
		// "called the launch ...": the latest launch, over talks named since
		if ev := d.latestEventOf(k, 4, tr.typ); ev != nil {
			return ev
		}
	}
	// Past talks only hoped for, and words said or talks held since, to what was done.
	return d.latestMention(k, 2, func(m *eventMention) bool {
		return m.ev.mod == graph.Asserted && (m.ev.typ != graph.Statement || speechNouns[noun]) && m.ev.typ != graph.Meeting
	})
}

// gerundAt reports whether token k is a lower-case verb in -ing: "the army
// of prolonging the war" names a charge, not a part of the army's name.
func (d *doc) gerundAt(k int) bool {
	if isQuote(d.tok(k).text) {
		k++ // "accused the union of "serving ...""
	}
	if t := d.tok(k); lyAdverb(t) && len(t.lower) > 4 {
		k++ // "accused the group of deliberately stalling": the manner stands before the charge
	}
	t := d.tok(k)
	return t.kind == tokWord && !t.cap && (len(t.lower) > 5 && strings.HasSuffix(t.lower, "ing") || shortGerunds[t.lower])
}

// shortGerunds are the gerunds of two-letter stems, too short to tell
// from "thing" or "bring" by their ending: "accused the army of using
// civilians as shields".
var shortGerunds = setOf("using", "lying", "doing", "dying", "going", "being", "owing", "tying")

// namedRulers returns the state of the latest "the Burkinabe authorities"
// or "Kenya's government" in the two sentences up to token j: what a bare
// "the authorities" at j goes back to when no state leads the report.
func (d *doc) namedRulers(j int, noun string) *entity {
	lo := d.sents[max(int(d.sentOf[j])-2, 0)].lo
	for k := j - 1; k > lo; k-- {
		if d.toks[k].lower != noun {
			continue
		}
		p := k - 1
		if d.toks[p].lower == "'s" {
			p--
		}
		if sp, e := d.actorAt(p); e != nil && e.typ == graph.Country && sp.hi == p+1 {
			return e
		}
	}
	return nil
}

var condemnWords = setOf("terrorism", "terror", "terrorist", "crime", "crimes", "atrocity", "barbaric", "horrific", "unacceptable", "genocide", "massacre", "outrageous", "war",
	"heinous", "despicable", "cowardly")

// blameWords judge an action harshly: "called China's actions
// 'dangerous'".
var blameWords = setOf("dangerous", "provocative", "reckless", "irresponsible", "illegal", "unlawful", "aggressive",
	"destabilising", "destabilizing", "escalatory", "unacceptable", "outrageous", "shameful", "irrational",
	"hostile", "unjustified", "unfair", "unreasonable", "baseless", "absurd", "deplorable", "regrettable", "violation",
	"mistake", "error", "provocation", "aggression", "interference", "blackmail", "escalation", "threat",
	"politically", "bullying", "coercion", "coercive", "lie", "lies", "sham", "fraud", "fraudulent", "farce",
	"fabrication", "fabricated", "propaganda", "slander", "smear", "disrespectful", "travesty", "insult", "insulting",
	"unjust", "illegitimate", "hypocritical", "disgraceful", "betrayal", "unilateral", "discriminatory", "inaccurate",
	"misguided", "counterproductive", "unwarranted", "irresponsibility", "arbitrary", "abusive", "unfriendly", "inappropriate", "lynching", "witch",
	"cynical", "hypocrisy", "appalling", "unconscionable", "mockery",
	"protectionism", "protectionist",
	"terrible", "scam", "masquerade", "charade", "pathetic", "hoax", "disastrous", "catastrophic", "ridiculous",
	"nonsense", "ludicrous", "preposterous", "scandalous", "reprehensible", "unconstitutional", "undemocratic",
	"shocking", "humiliating", "extortion", "theft", "piracy", "persecution", "repression")

// calledBlame reads "called X's actions dangerous": the actor whose deeds
// are judged.
func (d *doc) calledBlame(k int) *entity {
	sp, e := d.actorAt(min(k+1, len(d.toks)-1))
	if e != nil && sp.country && e.typ == graph.Country && d.tok(sp.hi).kind == tokWord && !d.tok(sp.hi).cap && d.spanAt[sp.hi] == 0 {
		// "calling the Israeli account a fabrication": the demonym's state
		// owns what is judged.
		return d.blameWithin(sp.hi, e)
	}
	if e == nil || d.tok(sp.hi).lower != "'s" {
		return nil
	}
	return d.blameWithin(sp.hi+1, e)
}

// blameWithin returns e when a word of blame follows from within a few
// words of its clause.
func (d *doc) blameWithin(from int, e *entity) *entity {
	_, hi := d.clause(from - 1)
	for j := from; j < len(d.toks) && j < from+7 && j <= hi+3; j++ {
		if blameWords[d.toks[j].lower] {
			return e
		}
	}
	return nil
}

// calledCondemnation reads "called the raid 'an act of terror'".
func (d *doc) calledCondemnation(k int) bool {
	_, hi := d.clause(k + 1)
	for j := k + 1; j < min(hi+4, k+10, len(d.toks)); j++ {
		if condemnWords[d.toks[j].lower] {
			return true
		}
	}
	return false
}

// describedAsBlame reads "described the raid as an error"; "described
// the handover as a sign of trust" blames no one.
func (d *doc) describedAsBlame(k int) bool {
	for j := k + 1; j < min(k+6, len(d.toks)); j++ {
		if d.toks[j].lower == "as" {
			for n := j + 1; n < min(j+6, len(d.toks)); n++ {
				if blameWords[d.toks[n].lower] || condemnWords[d.toks[n].lower] {
					return true
				}
			}
			return false
		}
	}
	return false
}

// actNouns stand for an event named before: "denounced the despicable act".
var actNouns = setOf("act", "acts", "incident", "incidents", "atrocity", "atrocities", "crime", "crimes", "outrage", "tragedy")

// actNounAfter reports whether the object of the verb at k is an act noun,
// over quotes, "the" and adjectives.
func (d *doc) actNounAfter(k int) bool {
	for j := k + 1; j < min(k+6, len(d.toks)); j++ {
		t := d.toks[j]
		if actNouns[t.lower] {
			return true
		}
		if t.kind == tokPunct && t.text != "\"" && t.text != "“" && t.text != "”" || t.cap || d.spanAt[j] != 0 {
			return false
		}
	}
	return false
}
