package extract

import "github.com/geokg/geokg/graph"

// A speaker who says that another actor does wrong criticises that actor
// though no verb of criticism is used: "the minister said Ruritania was
// 'politicising' the talks", "'Ruritania keeps violating the truce,' the
// spokesman told reporters", "we regret that Ostland has chosen to ...".

// moreMisdeeds lay wrongdoing on the subject of a reported clause
// beyond the words of blame and blameVerbs: "had acted badly", "was
// spreading false claims".
var moreMisdeeds = setOf("badly", "false", "deceiving", "politicise", "politicize")

// misdeed reports whether w lays wrongdoing on a clause's subject; "acted"
// alone does not.
func misdeed(w string) bool {
	return blameVerbs[w] && w != "acted" || moreMisdeeds[w]
}

// clauseOpeners, besides the speech verbs, open a clause whose subject a
// speaker judges: "we regret that ...", "deplored that ...".
var clauseOpeners = setOf("regret", "regrets", "regretted", "deplored", "deplores", "deplore", "telling")

// rulerNouns stand for the state or leader of the name they follow with
// "'s": "Ruritania's government was 'illegitimate'".
var rulerNouns = setOf("government", "regime", "leadership", "authorities", "administration")

// reportedJudgementRelations reads, in sentence si, a quote or a reported
// clause whose subject is an actor and whose predicate judges it badly:
// the speaker criticises the actor. The speaker's own side, and a clause
// that negates its predicate, are passed over.
func (d *doc) reportedJudgementRelations(si int) {
	s := d.sents[si]
	for k := s.lo + 1; k < s.hi-2; k++ {
		v := d.reportedClauseOpens(k, s.lo)
		if v == 0 {
			continue
		}
		at := k
		if d.toks[k].lower == "the" {
			at++ // "said the United States was ..."
		}
		sp, e := d.actorAt(at)
		if e == nil || sp.lo != at {
			continue
		}
		spk := d.speakerOf(si)
		if spk == nil && v > 0 {
			// "the ministry denounced the curbs and said Ruritania was ...":
			// whoever speaks the verb.
			spk = d.subjectBefore(v, si)
		}
		if spk == nil || d.ownSide(spk, e) {
			continue
		}
		p := sp.hi
		if d.tok(p).lower == "'s" {
			if !rulerNouns[d.tok(p+1).lower] {
				continue
			}
			p += 2
		}
		if d.judgedPredicate(p) {
			d.addClaim(claim{src: ent(spk), dst: ent(e), typ: graph.Criticized, mod: graph.Asserted, sent: si, conf: 0.5})
		}
	}
}

// reportedClauseOpens tells whether a reported clause opens at token k:
// right after an opening quote that starts the sentence or follows a
// comma or colon (-1), or after a speech verb that takes no addressee or
// a "that" one governs (the verb's index). It returns 0 for none.
func (d *doc) reportedClauseOpens(k, lo int) int {
	p := d.toks[k-1]
	if isQuote(p.text) {
		if k-1 == lo || d.tok(k-2).text == "," || d.tok(k-2).text == ":" {
			return -1
		}
		return 0
	}
	w := p.lower
	if w != "that" {
		if speechVerbs[w] && w != "told" && w != "tells" {
			return k - 1
		}
		return 0
	}
	and := d.tok(k-2).lower == "and"
	for j := k - 2; j >= lo && (j >= k-6 || and); j-- {
		if v := d.toks[j].lower; speechVerbs[v] || clauseOpeners[v] {
			return j
		}
		if and {
			continue // "said ... and that Ruritania was ...": the second clause of the same verb
		}
		if d.toks[j].kind != tokWord && !isQuote(d.toks[j].text) {
			return 0
		}
	}
	return 0
}

// judgedPredicate reports whether the predicate opening at p, a verb or
// auxiliary, holds a word of blame or wrongdoing before its clause ends
// and with no negation before it.
func (d *doc) judgedPredicate(p int) bool {
	if t := d.tok(p); p >= len(d.toks) || t.kind != tokWord || t.cap || d.spanAt[p] != 0 {
		return false // "said Ruritania and Ostland ...", "said Ruritania, which ..."
	}
	switch d.tok(p).lower {
	case "and", "or", "to", "of", "in", "on", "at", "for", "with", "by", "from", "that", "who", "which":
		return false
	}
	hi := d.sents[d.sentOf[p]].hi
	for j := p; j < hi && j < p+18; j++ {
		w := d.toks[j].lower
		switch w {
		case "not", "n't", "no", "never":
			return d.deniedWorth(j + 1)
		case "nothing", "if", "whether", "unless":
			return false
		case ";", ":", "but", "while", "whereas", "although", "because", "that", "which", "who", "after", "before", "when",
			"over", "against", "about", "accused", "accusing", "protest", "protested", "condemned", "denounced", "criticised",
			"criticized", "rejected", "warned", "complained", "called", "calling", "described":
			// The clause ends, or its subject is the one who judges:
			// "said Ruritania had protested over 'reckless' remarks".
			return false
		case ",":
			if !d.participleAside(j + 1) {
				return false
			}
		}
		if speechVerbs[w] {
			return false
		}
		if misdeed(w) || (blameWords[w] || verdictWords[w]) && !d.prepositionObject(j, p) {
			return true
		}
	}
	return false
}

// objectLeads may stand between a preposition and its noun.
var objectLeads = setOf("a", "an", "the", "every", "any", "all", "such", "this", "these", "those", "each")

// prepositionObject reports whether the word at j, after the predicate's
// start p, is the object of a preposition: "would respond to every
// violation" judges what others do, not the subject.
func (d *doc) prepositionObject(j, p int) bool {
	for i := j - 1; i >= p; i-- {
		w := d.toks[i].lower
		if objectLeads[w] {
			continue
		}
		switch w {
		case "to", "of", "for", "with", "on", "from", "in", "into", "by", "against", "over", "about", "at":
			return true
		}
		return false
	}
	return false
}

// participleAside reports whether a comma's aside at k goes on with the
// same subject: "sold arms, seriously violating ...", "acted, breaching".
func (d *doc) participleAside(k int) bool {
	if misdeed(d.tok(k).lower) {
		return true
	}
	return lyAdverb(d.tok(k)) && misdeed(d.tok(k+1).lower)
}

// ownSide reports whether e is the speaker or the state or body the
// speaker speaks for: a minister's praise of or worry for her own country
// is not a criticism of it.
func (d *doc) ownSide(spk, e *entity) bool {
	if spk == e {
		return true
	}
	st := d.speakingState(spk)
	if st != nil && (st == e || d.speakingState(e) == st) {
		return true
	}
	return false
}
