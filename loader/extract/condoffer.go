package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// A party that says it would make a concession on a condition ("Ruiz said
// Chile would open its market to Korean cars if the duties were lifted",
// "Iran was ready to accept limits on enrichment, but only if ...") offers
// that concession: a proposal still to come, held by its condition. No
// trigger word names it, so the sentence shape does.

// concessionActs are the acts a party offers on a condition.
// Cutting, suspending or freezing are left out: said on a condition, they
// are threats. So are troop movements, told as moves rather than offers:
// "would not pull back until". So is discussing: "would only discuss a
// defence strategy once" sets terms for talks, not an offer.
var concessionActs = setOf("accept", "lay", "form", "open", "reopen", "lower", "reduce", "ease", "lift", "disarm",
	"recognise", "recognize", "release", "free", "return", "restore", "resume", "unfreeze", "unlock", "grant", "allow",
	"drop", "scrap", "hand", "share", "abandon", "renounce", "back", "invite", "buy")

// concessionLeads put the concession before its verb: "would open", "was
// ready to accept".
var concessionLeads = setOf("would", "could", "will", "might", "to")

// concessionSkips stand between a lead and its verb: "would not lower",
// "would only accept".
var concessionSkips = setOf("not", "only", "also", "then", "still", "gladly", "never", "be", "n't")

// conditionalOfferMention returns the concession a condition clause opened
// at k holds, or nil: the verb nearest before k led by a modal or a
// readiness, whose subject is an actor, with no event word of its own
// between it and the condition.
func (d *doc) conditionalOfferMention(k, si, start int) *eventMention {
	s := d.sents[si]
	end := k
	for w := d.tok(end - 1).lower; w == "only" || w == "but" || w == ","; w = d.tok(end - 1).lower {
		end-- // "..., but only if": the concession is before the comma
	}
	v, lead, trig := -1, -1, -1
	for j := end - 1; j > s.lo && j >= k-14; j-- {
		if d.isBreak(j) && !isQuote(d.toks[j].text) {
			return nil
		}
		if d.trigAt[j] {
			if trig >= 0 {
				return nil
			}
			trig = j
		}
		if (concessionAct(d.toks[j].lower) || d.tableOffer(j)) && d.spanAt[j] == 0 {
			if lead = d.concessionLead(j); lead >= 0 {
				v = j
				break
			}
		}
	}
	own := d.ownConcession(v, trig, start) // "would consider releasing": the release read as a plain act
	if v < 0 || trig >= 0 && own == nil && !(undoVerbs[gerundBase(d.toks[v].lower)] && d.objectOf(v, trig)) {
		return nil // "would hold talks if": the talks are what is offered
	}
	for _, m := range d.evs[start:] {
		if m.lo >= v && m.lo < end && m.lo != trig {
			return nil
		}
	}
	p := lead
	if d.tok(p).lower == "to" {
		p -= 2 // "was ready to": the copula
	}
	var subj *entity
	shared := false // a state is the subject of the clause "and" goes on from
	switch {
	case d.subjectAdjoins(p):
		subj = d.subjectBefore(lead, si)
	case d.tok(p-1).lower == "but" || d.tok(p-1).lower == "and":
		subj = d.butSubject(p-1, si) // "the US was open to talks but would not lower"
		// "Washington valued Ankara and would consider": the state offers
		// beside the speaker; after "but" the speaker's word stands alone.
		shared = d.tok(p-1).lower == "and" && subj != nil && subj.typ != graph.Person
	default:
		if subj = d.ownBodySubject(p, si); subj == nil {
			return nil // "the ministry would": no actor of its own
		}
	}
	if subj == nil || subj.typ == graph.Location {
		return nil
	}
	parts := []*entity{subj}
	for j, sp := range d.walk(v+1, k) {
		if e := actorOf(sp); e != nil && !d.isBreak(j) {
			parts = appendUnique(parts, e)
		}
	}
	by := []*entity{subj}
	if spk := d.speakerOf(si); spk != nil && spk != subj {
		by = []*entity{spk}
		if st := d.namedSubject(p); st == subj || shared || st == nil && d.ownBodySubject(p, si) == subj {
			by = append(by, subj) // "Lula said Brazil would open", "X said his movement would": both offer
		}
	}
	for _, o := range by {
		parts = appendUnique(parts, o)
	}
	hi := v + 1
	switch d.tok(hi).lower {
	case "back", "out", "over", "up", "down":
		hi++ // "pull back", "hand over"
	}
	if own != nil {
		own.typ, own.mod, own.offeredBy = graph.Proposal, graph.Conditional, by
		for _, e := range parts {
			if len(own.parts) < maxParticipants {
				own.parts = appendUnique(own.parts, e)
			}
		}
		return nil // the act is already a mention: it becomes the offer
	}
	return &eventMention{lo: v, hi: hi, sent: si, typ: graph.Proposal, verb: true, noun: d.spanText(v, hi),
		mod: graph.Conditional, parts: parts, offeredBy: by}
}

// onTheTable is where a thing put is offered.
var onTheTable = [][]string{{"on", "the", "table"}}

// tableOffer reports whether the verb at j puts something on the table, an
// offer whatever is put there: "would put farm goods on the table".
func (d *doc) tableOffer(j int) bool {
	if d.toks[j].lower != "put" {
		return false
	}
	_, hi := d.clause(j)
	for q := j + 1; q < hi && q < j+8; q++ {
		if d.phraseAt(q, hi, onTheTable) {
			return true
		}
	}
	return false
}

// ownConcession returns the sentence's Other event mention (from start
// on) whose trigger is the concession verb at v itself: "would consider
// releasing the sailors" names a release, which on a condition is offered.
// Nil when the verb is no trigger of its own.
func (d *doc) ownConcession(v, trig, start int) *eventMention {
	if v < 0 || trig != v {
		return nil
	}
	for _, m := range d.evs[start:] {
		if m.lo == v && m.typ == graph.OtherEvent {
			return m
		}
	}
	return nil
}

// concessionAct reports whether w is a concession verb, or its gerund
// after "consider" or "rule out": "would consider lifting", "would not
// rule out inviting".
func concessionAct(w string) bool {
	return concessionActs[gerundBase(w)]
}

// gerundBase returns the base of w when w is the -ing form of a concession
// or undo verb ("lifting" lift, "releasing" release, "dropping" drop), and
// w itself otherwise ("meeting", "lift").
func gerundBase(w string) string {
	if base, ok := concessionGerunds[w]; ok {
		return base
	}
	return w
}

// concessionGerunds maps the -ing forms of the concession and undo verbs,
// spelt as inflect.go spells them, to their base.
var concessionGerunds = func() map[string]string {
	out := map[string]string{}
	for _, set := range []map[string]bool{undoVerbs, concessionActs} {
		for w := range set {
			for _, f := range wordForms(w) {
				if f != w && strings.HasSuffix(f, "ing") {
					out[f] = w
				}
			}
		}
	}
	return out
}()

// considerWords put a gerund forward as an offer weighed: "would consider
// lifting the sanctions"; so does "would not rule out inviting".
var considerWords = setOf("consider", "considering")

// concessionLead returns where the modal or the "to" of "ready to" that
// leads the verb at j stands, perhaps past "not" or "only", or -1. A
// gerund is led through "consider" or "rule out": "would consider lifting".
func (d *doc) concessionLead(j int) int {
	p := j - 1
	if d.toks[j].lower != gerundBase(d.toks[j].lower) {
		switch {
		case considerWords[d.tok(p).lower]:
			p--
		case d.tok(p).lower == "out" && d.tok(p-1).lower == "rule":
			p -= 2 // "would not rule out inviting"
		default:
			return -1
		}
	}
	for concessionSkips[d.tok(p).lower] {
		p--
	}
	w := d.tok(p).lower
	if w == "to" && readyWords[d.tok(p-1).lower] || w != "to" && concessionLeads[w] {
		return p
	}
	return -1
}

// namedSubject returns the state or body whose name ends right before p,
// the verb it is the subject of: "Brazil would", "Iran was ready". A
// person is left out, being the speaker or standing for one, and so is
// "the bloc", which names no one by itself.
func (d *doc) namedSubject(p int) *entity {
	sp, e := d.actorAt(p - 1)
	if e == nil || sp.hi != p || !d.toks[sp.lo].cap || e.typ == graph.Person || e.typ == graph.Location {
		return nil
	}
	return e
}

// namedSubjects returns the states and bodies listed right before p as
// one subject, the last first: "Britain and France remained ready" gives
// France and Britain; nil when namedSubject finds none.
func (d *doc) namedSubjects(p int) []*entity {
	var out []*entity
	for {
		e := d.namedSubject(p)
		if e == nil || hasEntity(out, e) {
			return out
		}
		out = append(out, e)
		sp, _ := d.actorAt(p - 1)
		if w := d.tok(sp.lo - 1).text; w != "and" && w != "," {
			return out
		}
		p = sp.lo - 1
	}
}

// butAux are the verbs that may follow the subject of a clause a "but"
// goes on from: "Paris was open to talks but would not".
var butAux = setOf("was", "is", "were", "are", "had", "has", "have", "would", "will", "could", "said", "says")

// butSubject returns the subject the clause before the "but" at b shares
// with the one after it: the last actor before b that stands right before
// a verb of its own, within the sentence and short of another "but".
func (d *doc) butSubject(b, si int) *entity {
	s := d.sents[si]
	for j, sp := range d.walkBack(max(s.lo, b-20), b) {
		w := d.toks[j].lower
		if w == "but" || w == ";" {
			return nil
		}
		if possessives[w] && conditionBodies[d.tok(j+1).lower] {
			return nil // "said his forces had agreed ... but would not": the forces, unnamed
		}
		if e := actorOf(sp); e != nil && (butAux[d.tok(sp.hi).lower] || d.looksVerb(sp.hi)) && !prepositions[d.tok(sp.lo-1).lower] {
			return e
		}
	}
	return nil
}

// ownBodySubject returns the body a speaker's own group word before p
// stands for: "UPC leader X said his movement would" is the UPC, "the
// group would" the armed group named before; nil when the word names no
// body the text has named.
func (d *doc) ownBodySubject(p, si int) *entity {
	if o := d.forcesOwner(p, d.speakerOf(si)); o != nil {
		return o
	}
	if head := d.tok(p - 1).lower; sideHeads[head] && d.tok(p-2).lower == "the" {
		return d.bodyRef(head, p-1)
	}
	return nil
}
