package extract

import "github.com/geokg/geokg/graph"

// proposedBy reads "proposed" as a participle after the thing proposed: "a
// defence budget proposed by the government", "the cable, proposed by
// Athens". The noun before is the plan and the agent after "by" puts it
// forward; the clause's subject is whoever acts on the plan (often to
// block it), never its author.
func (d *doc) proposedBy(m *eventMention) {
	if !m.verb || m.typ != graph.Proposal || d.toks[m.lo].lower != "proposed" || d.tok(m.hi).lower != "by" {
		return
	}
	_, hi := d.clause(m.lo)
	by := d.byAgents(m.hi+1, hi)
	if len(by) == 0 {
		return
	}
	m.parts = by
	m.offeredBy = append([]*entity(nil), by...)
}

// byAgents returns the actors named after "by" from j: "by President Ana
// Ruiz and the Labour Party", "by Lai's government". A title or article
// may open the phrase; a place is no author.
func (d *doc) byAgents(j, hi int) []*entity {
	for k := j; k < hi && k < j+4; k++ {
		sp, e := d.actorAt(k)
		if e != nil && sp.lo == k && !d.isModifierActor(sp) {
			if by := d.agentList(k, hi); len(by) > 0 && by[0].typ != graph.Location {
				return by[:min(len(by), maxParticipants)]
			}
			return nil
		}
		if t := d.toks[k]; t.kind == tokPunct || d.trigAt[k] {
			return nil
		}
	}
	return nil
}

// attributiveWords before "proposed" make it an adjective of the noun
// after: "the proposed pipeline", "its proposed budget", "Athens's
// proposed cable".
var attributiveWords = setOf("a", "an", "the", "its", "their", "his", "her", "this", "these", "'s")

// thingEnds close the phrase naming a proposed thing: what follows tells
// where, when or with whom it was handled, not what it is.
var thingEnds = setOf("which", "that", "who", "with", "at", "on", "after", "before", "during", "since", "when", "while",
	"as", "amid", "despite", "is", "was", "are", "were", "has", "had", "have", "will", "would")

// proposedThing reads "a proposed <thing>" whose thing is no event word
// ("a proposed pipeline", "the proposed media law"): the thing is the plan,
// and the clause's subject is whoever judges it ("Turkey opposes the
// proposed pipeline"), not its author. The author is a possessive before
// ("Kenya's proposed law") or a state named first in the thing ("a proposed
// Turkish naval base"); the other parties are the actors the thing names
// ("a proposed cable linking Crete and Cyprus").
func (d *doc) proposedThing(m *eventMention) {
	if !m.verb || m.typ != graph.Proposal || d.toks[m.lo].lower != "proposed" || !attributiveWords[d.tok(m.lo-1).lower] {
		return
	}
	m.verb = false
	m.noun = "proposal"
	var author *entity
	if d.tok(m.lo-1).lower == "'s" {
		if sp := d.spanBefore(m.lo - 1); sp != nil && !d.isModifierActor(sp) {
			author = actorOf(sp)
		}
	} else if sp, e := d.actorAt(m.hi); e != nil && sp.lo == m.hi && sp.country {
		author = e
	}
	var parts []*entity
	if author != nil {
		parts = append(parts, author)
		m.offeredBy = []*entity{author}
	}
	_, hi := d.clause(m.lo)
	m.parts = d.thingActors(parts, m.hi, min(hi, m.hi+10), true)
}

// thingActors adds to parts the actors named from lo up to the word that
// ends the phrase naming a thing (punctuation, thingEnds, a verb, an event
// word), leaving out countries unless countries is set.
func (d *doc) thingActors(parts []*entity, lo, hi int, countries bool) []*entity {
	for j, sp := range d.walk(lo, hi) {
		if sp == nil {
			if t := d.toks[j]; t.kind == tokPunct || thingEnds[t.lower] || joinedVerb(t) || d.trigAt[j] {
				break
			}
			continue
		}
		if e := actorOf(sp); e != nil && !d.isModifierActor(sp) && (countries || !sp.country) && len(parts) < maxParticipants {
			parts = appendUnique(parts, e)
		}
	}
	return parts
}

// proposedRejection reads a refusing verb at k whose object is a longer
// noun phrase that a "proposed by" participle closes: "the senate blocked a
// special budget of about $5 billion proposed by the government". Its
// nearest subject rejects the plan.
func (d *doc) proposedRejection(k, si int) {
	m := d.proposedObject(k)
	if m == nil {
		return
	}
	mod := d.modalityAt(k)
	if mod == graph.Denied || opposeVerbs[d.toks[k].lower] && !d.opposesPlan(k, m) {
		return
	}
	if src := d.subjectBefore(k, si); src != nil && !hasEntity(m.offeredBy, src) {
		d.agrees = append(d.agrees, agreement{typ: graph.Rejected, sent: si, mod: mod, subjects: []*entity{src}, target: m})
	}
}

// proposedObject returns the plan closed by "proposed by" that is the
// object of the verb at k. Nothing but the noun phrase may stand between:
// no verb, clause break or other event word.
func (d *doc) proposedObject(k int) *eventMention {
	_, hi := d.clause(k)
	for j := k + 1; j < hi && j <= k+12; j++ {
		if d.trigAt[j] {
			if m := d.evAt[j]; m != nil && m.typ == graph.Proposal && len(m.offeredBy) > 0 && d.toks[j].lower == "proposed" && d.tok(j+1).lower == "by" {
				return m
			}
			return nil
		}
		if t := d.toks[j]; t.kind == tokPunct && t.text != "$" && t.text != "-" || thingEnds[t.lower] || joinedVerb(t) {
			return nil
		}
	}
	return nil
}

// planNouns name a plan that an infinitive spells out: "a plan to disarm
// the militia", "plans to use frozen assets to fund Ukraine".
var planNouns = setOf("plan", "plans")

// planInfinitive gives a plan of no named author the actors its infinitive
// names, who are what the plan is about: "the government plan to disarm
// Hezbollah" concerns Hezbollah. Without them the plan would be dropped as
// a plan of no one, and a later "rejected the plan" would find nothing.
func (d *doc) planInfinitive(m *eventMention) {
	if m.verb || m.typ != graph.Proposal || len(m.parts) > 0 || len(m.offeredBy) > 0 || !planNouns[d.toks[m.hi-1].lower] ||
		d.tok(m.hi).lower != "to" {
		return
	}
	_, hi := d.clause(m.lo)
	m.parts = d.thingActors(m.parts, m.hi+2, min(hi, m.hi+12), false)
}

// plansBefore are the words after which "plans" is the noun of a plan, not
// a verb of intent: "opposes plans to", "rejected the plans", "its plans".
var plansBefore = setOf("the", "its", "their", "his", "her", "any", "'s", "these", "those", "such")

// plansNoun reports whether "plans" at k names a plan: after an article
// or possessive, or as the object of a verb refusing or judging it. Other
// uses are a party's intent ("Russia plans to", "has no plans to").
func (d *doc) plansNoun(k int) bool {
	w := d.tok(k - 1).lower
	return plansBefore[w] || refusingVerb(w)
}
