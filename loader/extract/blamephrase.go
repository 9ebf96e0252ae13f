package extract

import (
	"github.com/geokg/geokg/graph"
)

// phrasalBlameHeads open a phrase of criticism aimed at what follows its
// last word: "lashed out at Brussels", "hit out at the ruling", "took aim
// at the opposition", "railed against the tariffs".
var phrasalBlameHeads = map[string][]string{
	"lashed": {"out", "at"}, "lashing": {"out", "at"}, "lashes": {"out", "at"}, "lash": {"out", "at"},
	"hit": {"out", "at"}, "hitting": {"out", "at"}, "hits": {"out", "at"},
	"took": {"aim", "at"}, "taking": {"aim", "at"}, "takes": {"aim", "at"}, "take": {"aim", "at"},
	"railed": {"against"}, "railing": {"against"}, "rails": {"against"},
}

// phrasalBlame reports whether a phrase of criticism opens at k.
func (d *doc) phrasalBlame(k int) bool {
	rest, ok := phrasalBlameHeads[d.toks[k].lower]
	if !ok {
		return false
	}
	for i, w := range rest {
		if d.tok(k+1+i).lower != w {
			return false
		}
	}
	return true
}

// letdownWords state a disappointment; one felt "by", "with", "at" or
// "over" something criticises it: "was disappointed by the army's
// response".
var letdownWords = setOf("disappointed", "dismayed", "frustrated", "displeased", "unhappy", "dissatisfied")

// letdownAt reports whether k states a disappointment with what follows.
func (d *doc) letdownAt(k int) bool {
	if !letdownWords[d.toks[k].lower] {
		return false
	}
	switch d.tok(k + 1).lower {
	case "by", "with", "at", "over", "in":
		return true
	}
	return false
}

// complainVerbs followed by "that" or "about" criticise whom the
// complaint is about: "complained that Orvanian control of the pipeline
// endangers its economy".
var complainVerbs = setOf("complained", "complains", "complaining", "complain")

// complaintTarget returns the actor a complaint at k is about: the first
// name of the clause after "that" or "about", a demonym included. None
// when the clause names none.
func (d *doc) complaintTarget(k int) *entity {
	if !complainVerbs[d.toks[k].lower] {
		return nil
	}
	if w := d.tok(k + 1).lower; w != "that" && w != "about" {
		return nil
	}
	_, hi := d.clause(k + 2)
	for _, sp := range d.walk(k+2, min(hi, k+8)) {
		if e := actorOf(sp); e != nil {
			return e
		}
	}
	return nil
}

// complaintAt reads "X complained that Y ...": X criticises Y.
func (d *doc) complaintAt(k, si int) bool {
	e := d.complaintTarget(k)
	if e == nil {
		return false
	}
	src := d.subjectBefore(k, si)
	if src == nil || src == e {
		return true
	}
	d.addClaim(claim{src: ent(src), dst: ent(e), typ: graph.Criticized, mod: d.modalityAt(k), sent: si, conf: 0.5})
	return true
}

// relativeBlameVerbs judge a thing named before a relative pronoun:
// "a plan to build a base, which Ankara criticised as a provocation".
var relativeBlameVerbs = map[string]graph.RelationType{}

// argPreps may follow a verb whose object stood before it.
var argPreps = setOf("on", "in", "at", "last", "earlier", "because", "for", "when", "after", "since", "and", "but")

func init() {
	for w := range criticizeVerbs {
		relativeBlameVerbs[w] = graph.Criticized
	}
	for w := range condemnVerbs {
		relativeBlameVerbs[w] = graph.Condemned
	}
	for _, w := range []string{"opposes", "opposed", "oppose", "rejects", "rejected", "reject"} {
		relativeBlameVerbs[w] = graph.Rejected
	}
}

// relativeBlame reads a judging verb whose object is the event before a
// relative pronoun: "..., which Ankara criticised", "a plan that
// Turkey opposes". The verb's subject judges the event the pronoun
// follows.
func (d *doc) relativeBlame(k, si int) bool {
	typ, ok := relativeBlameVerbs[d.toks[k].lower]
	if !ok {
		return false
	}
	// the actor right before the verb, and the pronoun right before it
	j := k - 1
	for j > d.sents[si].lo && d.toks[j].kind == tokWord && !d.toks[j].cap && (d.toks[j].lower == "has" || d.toks[j].lower == "have" || d.toks[j].lower == "had" || d.toks[j].lower == "also" || d.toks[j].lower == "strongly") {
		j--
	}
	if n := d.tok(k + 1); n.kind == tokWord && n.lower != "as" && !argPreps[n.lower] {
		return false // the verb takes its own object: "that Turkey rejected the plan"
	}
	sp, src := d.actorAt(j)
	if src == nil || sp.hi != j+1 {
		return false
	}
	rel := sp.lo - 1
	if w := d.tok(rel).lower; w != "which" && w != "that" || rel <= d.sents[si].lo {
		return false
	}
	ev := d.eventEndingBefore(si, rel, 12)
	if ev == nil {
		return false
	}
	d.addClaim(claim{src: ent(src), dst: evt(ev), typ: typ, mod: d.modalityAt(k), sent: si, conf: 0.5})
	return true
}

// withoutSettings drops the events a verb at k names as the setting of
// its criticism of an actor, not its object: "took aim at Russia in a
// speech", "criticised Beijing during talks".
func (d *doc) withoutSettings(k int, evs []*event) []*event {
	_, hi := d.clause(k)
	var out []*event
	for _, ev := range evs {
		setting := false
		for j := k + 1; j < hi; j++ {
			m := d.evAt[j]
			if m == nil || m.ev != ev {
				continue
			}
			for n := m.lo - 1; n > k && n >= m.lo-3; n-- {
				if w := d.toks[n].lower; w == "in" || w == "during" {
					setting = true
					break
				} else if d.toks[n].cap || d.toks[n].kind != tokWord {
					break
				}
			}
			break
		}
		if !setting {
			out = append(out, ev)
		}
	}
	return out
}
