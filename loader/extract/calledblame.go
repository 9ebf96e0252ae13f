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
	"expulsion", "visit", "speech", "remarks", "statement", "announcement", "order", "law", "bill", "referendum")

// calledEventBlame reads "called the move 'economic aggression'" and
// "called the verdicts a travesty of justice": a verb of naming at k whose
// object is an event, followed by a word of blame, criticises the event.
// It returns the event, or nil.
func (d *doc) calledEventBlame(k int) *event {
	j := k + 1
	if !objectDeterminers[d.tok(j).lower] {
		return nil
	}
	j++
	var ev *event
	at := -1
	for n := 0; n < 4 && j < len(d.toks); n, j = n+1, j+1 {
		t := d.toks[j]
		if m := d.evAt[j]; m != nil && m.ev != nil {
			ev, at = m.ev, m.hi
			break
		}
		if judgedNouns[t.lower] || measureNouns[t.lower] || strifeNouns[t.lower] || actNouns[t.lower] {
			ev, at = d.judgedReferent(k, t.lower), j+1
			break
		}
		if t.kind != tokWord || t.cap || d.spanAt[j] != 0 || blameWords[t.lower] {
			return nil
		}
	}
	if ev == nil || d.tok(at).lower == "of" || d.tok(at).lower == "'s" {
		return nil // "called the leaders of ...": the object goes on past the noun
	}
	_, hi := d.clause(at)
	for n := at; n < min(at+6, hi+3, len(d.toks)); n++ {
		if blameWords[d.toks[n].lower] {
			return ev
		}
	}
	return nil
}

// judgedReferent returns the event a noun judged at the verb k stands for:
// unrest for words of strife, the latest event of the kind a trigger noun
// names, else the latest event that took place, not
// one only threatened, hoped for or asked for.
func (d *doc) judgedReferent(k int, noun string) *event {
	if strifeNouns[noun] {
		return d.latestEventOf(k, 2, graph.Attack, graph.Protest)
	}
	if tr, ok := d.lex.triggers.m[noun]; ok && !tr.verb {
		// "called the launch ...": the latest launch, over talks named since
		if ev := d.latestEventOf(k, 4, tr.typ); ev != nil {
			return ev
		}
	}
	si := int(d.sentOf[k])
	for i := d.evStart[si+1] - 1; i >= 0 && i >= d.evStart[max(si-2, 0)]; i-- {
		if m := d.evs[i]; m.lo < k && m.ev != nil && m.ev.mod == graph.Asserted {
			return m.ev // past talks only hoped for, to what was done
		}
	}
	return nil
}

// gerundAt reports whether token k is a lower-case verb in -ing: "the army
// of prolonging the war" names a charge, not a part of the army's name.
func (d *doc) gerundAt(k int) bool {
	if isQuote(d.tok(k).text) {
		k++ // "accused the union of "serving ...""
	}
	t := d.tok(k)
	return t.kind == tokWord && !t.cap && len(t.lower) > 5 && strings.HasSuffix(t.lower, "ing")
}

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

var condemnWords = setOf("terrorism", "terror", "crime", "crimes", "atrocity", "barbaric", "horrific", "unacceptable", "genocide", "massacre", "outrageous", "war")

// blameWords judge an action harshly: "called China's actions
// 'dangerous'".
var blameWords = setOf("dangerous", "provocative", "reckless", "irresponsible", "illegal", "unlawful", "aggressive",
	"destabilising", "destabilizing", "escalatory", "unacceptable", "outrageous", "shameful", "irrational",
	"hostile", "unjustified", "unfair", "unreasonable", "baseless", "absurd", "deplorable", "regrettable", "violation",
	"mistake", "error", "provocation", "aggression", "interference", "blackmail", "escalation", "threat",
	"politically", "bullying", "coercion", "coercive", "lie", "lies", "sham", "fraud", "fraudulent", "farce",
	"fabrication", "fabricated", "propaganda", "slander", "smear", "disrespectful", "travesty", "insult", "insulting",
	"unjust", "illegitimate", "hypocritical", "disgraceful", "betrayal", "unilateral", "discriminatory", "inaccurate",
	"misguided", "counterproductive", "unwarranted", "irresponsibility", "arbitrary", "abusive")

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
