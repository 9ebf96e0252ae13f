package extract

import "github.com/geokg/geokg/graph"

// A plan named as something put forward belongs to whoever put it forward:
// "the prime minister presented a five-year plan", "a draft framework
// drawn up by Washington", "a French-drafted peace plan". Without its
// author such a plan names no party and is dropped as a plan of no one.

// putForwardVerbs present a plan as their subject's own.
var putForwardVerbs = setOf("presented", "presents", "present", "unveiled", "unveils", "unveil", "tabled", "tables",
	"submitted", "submits", "floated", "floats", "outlined", "outlines", "drafted", "drafts", "put", "puts", "drew",
	"draws", "laid", "lays", "set", "sets", "circulated", "circulates", "circulate", "submit", "introduced",
	"introduces", "introduce")

// putForwardParticles follow the verbs that need one: "put forward", "drew
// up", "laid out", "set out".
var putForwardParticles = map[string]string{"put": "forward", "puts": "forward", "drew": "up", "draws": "up",
	"drawn": "up", "laid": "out", "lays": "out", "set": "out", "sets": "out"}

// pastParticle returns the position after the verb at k and the particle
// it needs ("put forward", "drew up"); ok is false when that particle is
// missing.
func (d *doc) pastParticle(k int) (int, bool) {
	p, needs := putForwardParticles[d.tok(k).lower]
	if !needs {
		return k + 1, true
	}
	return k + 2, d.tok(k+1).lower == p
}

// putForwardAgents are the participles of "a plan <participle> by X".
var putForwardAgents = setOf("presented", "unveiled", "tabled", "submitted", "floated", "outlined", "drafted", "put",
	"drawn", "laid", "set", "proposed", "authored", "prepared", "devised", "circulated", "introduced")

// proposalAuthor gives a proposal noun with no owner the author its
// sentence names, who offers it and is its party.
func (d *doc) proposalAuthor(m *eventMention) {
	if m.verb || m.typ != graph.Proposal || len(m.offeredBy) > 0 || len(m.parts) > 0 || !proposalNouns[d.toks[m.hi-1].lower] {
		return
	}
	a := d.authorAgent(m)
	if a == nil {
		a = d.compoundAuthor(m)
	}
	if a == nil {
		a = d.putForwardSubject(m)
	}
	if a == nil || a.typ == graph.Location {
		return
	}
	m.offeredBy = []*entity{a}
	m.parts = appendUnique(m.parts, a)
}

// authorAgent reads "a framework drawn up by Paris", "the plan put forward
// by the mediators": the agent after a putting-forward participle.
func (d *doc) authorAgent(m *eventMention) *entity {
	_, hi := d.clause(m.hi - 1)
	j := m.hi
	if d.tok(j).lower == "," {
		j++
	}
	if !putForwardAgents[d.tok(j).lower] || d.spanAt[min(j, len(d.toks)-1)] != 0 {
		return nil
	}
	j, ok := d.pastParticle(j)
	if !ok || d.tok(j).lower != "by" || j+1 >= hi {
		return nil
	}
	if a := d.agentList(j+1, hi); len(a) > 0 {
		return a[0]
	}
	return nil
}

// compoundAuthor reads "a French-drafted peace plan", "the US-proposed
// framework": a state's name joined to an authoring participle.
func (d *doc) compoundAuthor(m *eventMention) *entity {
	for k := m.lo - 1; k >= m.lo-6 && k > 1; k-- {
		t := d.toks[k]
		if putForwardAgents[t.lower] && d.toks[k-1].text == "-" {
			if sp, e := d.actorAt(k - 2); e != nil && sp.hi == k-1 {
				return e
			}
			return nil
		}
		if t.kind == tokWord && t.cap || t.text == "," || t.text == "." {
			return nil
		}
	}
	return nil
}

// putForwardSubject reads "the prime minister presented a ten-year plan":
// the subject of a putting-forward verb whose object the plan is.
func (d *doc) putForwardSubject(m *eventMention) *entity {
	lo := d.sents[m.sent].lo
	for k := m.lo - 1; k >= lo && k >= m.lo-6; k-- {
		t := d.toks[k]
		w := t.lower
		if putForwardVerbs[w] && d.spanAt[k] == 0 {
			if _, ok := d.pastParticle(k); !ok {
				return nil
			}
			if d.tok(k-1).lower == "be" || d.tok(k-1).lower == "been" || d.tok(k-1).lower == "was" || d.tok(k-1).lower == "were" {
				return nil // "was presented": the author, if any, follows "by"
			}
			return d.subjectBefore(k, m.sent)
		}
		if t.kind == tokWord && t.cap || t.text == "," || t.text == "." || d.trigAt[k] {
			return nil
		}
	}
	return nil
}
