package extract

import (
	"github.com/geokg/geokg/graph"
)

// agreement is an agreeing predicate read before coreference, so that the
// parties it names make one event of "a ceasefire" mentioned thrice.
type agreement struct {
	typ      graph.RelationType
	sent     int
	mod      graph.Modality
	subjects []*entity
	target   *eventMention
}

// findAgreements reads "X and Y agreed on a truce", "could not agree on a
// border deal", "came to terms on a hostage release": every actor of the
// subject group becomes a party to the agreed event.
func (d *doc) findAgreements() {
	for si, s := range d.sents {
		if s.heading {
			continue
		}
		for k := s.lo; k < s.hi; k++ {
			w := d.toks[k].lower
			agree := agreeVerbs[w] || makeVerbs[w] && d.agreementStruck(k, k+1) || approveVerbs[w] || w == "came" && d.tok(k+1).lower == "to" && d.tok(k+2).lower == "terms" ||
				w == "committed" && d.tok(k+1).lower == "to" || d.signaturesPut(k) || d.jointlyAnnounced(k, si)
			reject := rejectVerbs[w] && w != "ruled" && !d.reportClauseAfter(k) && !d.refusedExclusion(k)
			oppose := !agree && !reject && opposeVerbs[w] && !d.reportClauseAfter(k)
			if !agree && !reject && !oppose || d.spanAt[k] != 0 {
				continue
			}
			if w == "came" {
				k += 2
			}
			demandAt := d.demandedOf(k)
			targets := d.objectMentions(k, reject || oppose)
			if agree && d.byAfter(k) >= 0 {
				// "The deal, signed by Bessent and Akazawa": the agents agree to
				// the event named before the verb.
				m := d.mentionBefore(k)
				if m == nil {
					m = d.agreementReferredBefore(k, si)
				}
				if m != nil && (m.typ == graph.Agreement || m.typ == graph.Ceasefire) {
					subjects := d.actorsListed(d.byAfter(k) + 1)
					for _, e := range subjects {
						m.parts = appendUnique(m.parts, e)
					}
					d.agrees = append(d.agrees, agreement{typ: graph.Agreed, sent: si, mod: d.modalityAt(k), subjects: subjects, target: m})
					continue
				}
			}
			if len(targets) == 0 {
				if reject || oppose {
					d.proposedRejection(k, si)
				}
				continue
			}
			target := targets[0]
			if oppose {
				if !d.opposesPlan(k, target) || d.modalityAt(k) == graph.Denied {
					continue
				}
				reject = true
			}
			if agree && target.typ != graph.Ceasefire && target.typ != graph.Agreement && target.typ != graph.Proposal {
				continue
			}
			if approveVerbs[w] && target.typ != graph.Agreement {
				continue // "approved the proposal" is read as a statement of support elsewhere
			}
			var subjects []*entity
			mod := d.modalityAt(k)
			if demandAt >= 0 {
				// "pressed the junta to agree to a truce", "called on
				// both parties to accept the pause": those asked may agree.
				subjects = d.actorsBetween(demandAt+1, k-1)
				mod = graph.Possible
			} else {
				var group bool
				subjects, group = d.subjectGroupWords(k, si)
				if len(subjects) == 0 && !group {
					if src := d.subjectBefore(k, si); src != nil {
						subjects = []*entity{src}
						if o := d.forcesOwner(k, src); o != nil {
							subjects = []*entity{o} // "his forces had agreed"
						}
					}
				}
			}
			typ := graph.Agreed
			if reject {
				typ = graph.Rejected
			}
			for _, t := range targets {
				rel := typ
				judged := reject && d.dismissedAsJudgement(k, t)
				if judged {
					rel = graph.Criticized // "dismissed the summit as a show"
				}
				if agree && demandAt < 0 {
					d.speakerSides(k, subjects, t)
				}
				if e := d.sellerOf(t); e != nil && agree {
					subjects = appendUnique(subjects, e)
				}
				if agree {
					for _, e := range d.signedWith(k, t) {
						subjects = appendUnique(subjects, e)
					}
				}
				if t.typ != graph.Statement && !(reject && d.judgedGathering(t)) && !oppose && !judged {
					for _, e := range subjects {
						t.parts = appendUnique(t.parts, e)
					}
				}
				m := mod
				if m == graph.Denied && agree && t.mod == graph.Conditional {
					m = graph.Conditional // "would not sign any deal unless ...": refused only until the condition is met
				}
				d.agrees = append(d.agrees, agreement{typ: rel, sent: si, mod: m, subjects: subjects, target: t})
			}
		}
	}
	d.betweenAgreements()
	d.pairMadeAgreements()
}

// demandedOf returns the position of the verb asking the agreement at k of
// others ("called on the parties to accept", "urged Caracas to agree"), -1
// when the agreement is not asked for.
func (d *doc) demandedOf(k int) int {
	if d.tok(k-1).lower != "to" {
		return -1
	}
	s := d.sents[d.sentOf[k]]
	for j := k - 2; j >= s.lo && j >= k-8; j-- {
		w := d.toks[j].lower
		if demandVerbs[w] || w == "call" || w == "calls" || w == "called" || w == "calling" || w == "asked" || w == "asks" || w == "ask" ||
			w == "encouraged" || w == "encourage" || w == "pressure" || w == "persuade" || w == "convince" || w == "want" || w == "wants" {
			return j
		}
	}
	return -1
}

// actorsBetween returns the actors named in tokens [lo, hi), and the pair a
// group word ("both sides") stands for.
func (d *doc) actorsBetween(lo, hi int) []*entity {
	var out []*entity
	for j := lo; j < hi; j++ {
		if g := d.groupWords(j); g > 0 {
			out = append(out, d.lastPair(j)...)
			j += g - 1
			continue
		}
		if sp, e := d.actorAt(j); e != nil {
			out = appendUnique(out, e)
			j = sp.hi - 1
		} else if sp != nil {
			j = sp.hi - 1
		}
	}
	return out
}

// byAfter returns the position of "by" shortly after a passive verb at k
// ("signed at the Treasury by ..."), or -1.
func (d *doc) byAfter(k int) int {
	_, hi := d.clause(k)
	for j := k + 1; j < hi && j <= k+6; j++ {
		if d.toks[j].lower == "by" {
			return j
		}
		if d.trigAt[j] {
			return -1
		}
	}
	return -1
}

// mentionBefore returns the latest event mention of k's sentence before k.
func (d *doc) mentionBefore(k int) *eventMention {
	si := int(d.sentOf[k])
	var out *eventMention
	for _, m := range d.sentMentions(si) {
		if m.lo < k {
			out = m
		}
	}
	return out
}

// objectMentions returns the event mentions a predicate at k takes as
// objects: the one right after it over determiners, numbers and modifiers
// ("agreed to a full 72-hour truce"), and with all, those coordinated
// with it ("refused a truce as well as any talks").
func (d *doc) objectMentions(k int, all bool) []*eventMention {
	_, hi := d.clause(k)
	var out []*eventMention
	j, joined := k+1, 0
	for j < hi {
		t := d.toks[j]
		if t.text == "-" && d.tok(j+1).kind == tokWord && d.tok(j-1).kind == tokWord {
			joined += 2 // "a long-delayed trade pact": one modifier, not three words
		}
		if d.trigAt[j] {
			if m := d.evAt[j]; m != nil {
				out = append(out, m)
				j = m.hi
			}
			if !all || j >= hi || d.trigAt[j] {
				break // the mention may end the clause
			}
			if d.tok(j).lower == "and" || d.tok(j).lower == "or" || d.tok(j).text == "," {
				j++
				continue
			}
			break
		}
		if sp, ok := d.spanEntity(j); ok && sp.lo == j && d.tok(sp.hi).lower == "'s" && len(out) == 0 {
			j = sp.hi + 1 // "the review of Egypt's loan programme"
			continue
		}
		if t.kind == tokNumber || t.text == "-" || objectGlue[t.lower] || len(out) == 0 && j-k-joined <= 3 && (t.kind == tokWord || t.text == "'s") && !clauseBreaks[t.lower] && t.lower != "of" ||
			t.lower == "of" && batchNouns[d.tok(j-1).lower] {
			j++
			continue
		}
		break
	}
	return out
}

// batchNouns before "of" count the events that follow: "signed a series
// of agreements".
var batchNouns = setOf("series", "number", "raft", "package", "set", "slew", "host", "range", "batch", "dozen", "couple", "pair",
	"review", "tranche", "extension", "renewal", "terms", "text", "draft", "expansion")

// approveVerbs make their subject a party to the agreement they take:
// "the IMF board approved a $7 billion loan programme for Pakistan".
var approveVerbs = setOf("approved", "approves", "approve", "approving", "ratified", "ratifies", "ratify", "endorsed",
	"adopted", "adopts", "adopt", "adopting")

// objectGlue may stand between a predicate and its object event.
var objectGlue = setOf("to", "on", "upon", "a", "an", "the", "both", "total", "full", "complete", "immediate",
	"new", "permanent", "lasting", "temporary", "limited", "partial", "observe", "any", "day", "hour", "month",
	"week", "for", "broader", "larger", "comprehensive", "formal", "final", "initial", "its", "their", "his", "her",
	"$", "€", "£", "billion", "million", "trillion", "bn")

// subjectGroup returns the coordinated actors before predicate k in its
// clause ("Ghana and Togo", "French and Malian officials"), or the
// group a "they" stands for.
func (d *doc) subjectGroup(k, si int) []*entity {
	out, _ := d.subjectGroupWords(k, si)
	return out
}

// subjectGroupWords is subjectGroup that also reports whether a group word
// ("the two governments", "both sides") stands before k: the group is the
// subject even when no pair is named for it, so a speaker before it
// ("Vieira said the two governments had signed") is none.
func (d *doc) subjectGroupWords(k, si int) (out []*entity, group bool) {
	lo, _ := d.clause(k)
	if lo == d.sents[si].lo {
		lo = d.pastDateline(lo, k) // "UNITED NATIONS (AFP) - The assembly adopted": the place heads the report
	}
	for j, sp := range d.walk(lo, k) {
		if sp == nil && d.groupWords(j) > 0 {
			group = true
		}
		if sp != nil {
			if e := actorOf(sp); e != nil && !d.isModifierActor(sp) && !d.isSpeaker(sp) {
				out = appendUnique(out, e)
			}
		} else if w := d.toks[j].lower; w == "they" || w == "both" && d.tok(j+1).lower == "sides" || w == "two" && d.tok(j+1).lower == "countries" || w == "two" && d.tok(j+1).lower == "sides" {
			out = append(out, d.lastPair(j)...)
		} else if d.pairWordsAt(j) && len(out) == 0 {
			out = d.lastPair(j) // "The two leaders signed ..."
		}
	}
	return out, group
}

// makeVerbs make an agreement they take as object or follow: "struck a
// deal", "the accord sealed by".
var makeVerbs = setOf("struck", "sealed", "clinched", "concluded", "finalised", "finalized")

// agreementStruck reports whether a verb of making at [lo, hi) has an
// agreement for its object ("struck a trade deal") or follows one as a
// passive participle ("the framework agreement struck by ...").
func (d *doc) agreementStruck(lo, hi int) bool {
	isDeal := func(k int) bool {
		tr, n := d.lex.triggers.longest(d.toks, k, min(len(d.toks), k+4))
		return n > 0 && (tr.typ == graph.Agreement || tr.typ == graph.Ceasefire)
	}
	if isDeal(lo-1) && d.tok(hi).lower == "by" {
		return true
	}
	for j := hi; j < len(d.toks) && j < hi+5; j++ {
		if isDeal(j) {
			return true
		}
		if t := d.toks[j]; !(objectGlue[t.lower] || t.kind == tokNumber || t.text == "-" || t.kind == tokWord && !t.cap) {
			return false
		}
	}
	return false
}

// lendingMention reports whether an agreement lends money, so that whom it
// is "for" is a party: "a loan programme for Pakistan".
func (d *doc) lendingMention(m *eventMention) bool {
	if m.typ != graph.Agreement {
		return false
	}
	for k := m.lo; k < m.hi; k++ {
		switch d.toks[k].lower {
		case "loan", "bailout", "swap", "credit", "programme", "program", "facility":
			return true
		}
	}
	return false
}
