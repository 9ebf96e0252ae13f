package extract

import "github.com/geokg/geokg/graph"

// A state or body that says it stands ready to deploy a force, or could
// deploy one, puts a possible deployment on the record that analysts keep
// as an "Other" event with the deployer as its party: "said it was ready
// to deploy a monitoring team", "the first battalions could deploy within
// weeks". A deployment told as done ("troops deployed in the region since
// 2019") is mostly background to the story and is left alone.

// deployVerbs are the forms of the trigger this file decides.
var deployVerbs = verbSet("deploy")

// deployReadyWords stand before "to deploy" and offer the deployment, or
// tell of one being readied: "prepares to deploy its first contingents".
var deployReadyWords = setOf("ready", "prepared", "willing", "poised", "prepares", "preparing")

// deployModals stand right before "deploy" and make it one that may come.
var deployModals = setOf("could", "would", "will", "might", "may")

// deployFits keeps "deploy" only when it is offered or may come: "ready to
// deploy", "could deploy"; handled is false for other words.
func (d *doc) deployFits(lo, hi int) (fits, handled bool) {
	if hi != lo+1 || !deployVerbs[d.toks[lo].lower] {
		return false, false
	}
	if d.toks[lo].lower != "deploy" {
		return false, true
	}
	p := d.tok(lo - 1).lower
	return deployModals[p] || p == "to" && deployReadyWords[d.tok(lo-2).lower], true
}

// deployLinks stand between a deployer and "deploy": "remained ready to",
// "was prepared to", "could".
var deployLinks = withVerbs(setOf("to", "is", "was", "were", "are", "be", "been", "still", "also", "now", "said", "it",
	"they"), "remain", "stand")

// deployArgs gives an offered deployment its deployers, the states or
// bodies named just before the offer ("Germany and Italy remained ready
// to deploy") or, for "it was ready to deploy", the sentence's first
// actor; where the force would go ("to Moldova") is its place, not a
// party.
func (d *doc) deployArgs(m *eventMention) {
	if !m.verb || m.hi != m.lo+1 || d.toks[m.lo].lower != "deploy" {
		return
	}
	s := d.sents[m.sent]
	var dest *entity
	for k := m.hi; k < s.hi && k < m.hi+6; k++ {
		if d.toks[k].lower != "to" {
			continue
		}
		a := d.pastThe(k + 1)
		if _, e := d.actorAt(a); e != nil && e.typ != graph.Person && e.typ != graph.Organization {
			dest = e
		}
		break
	}
	j := m.lo - 1
	for j > s.lo && (deployReadyWords[d.toks[j].lower] || deployModals[d.toks[j].lower] || deployLinks[d.toks[j].lower]) && d.spanAt[j] == 0 {
		j--
	}
	var parts []*entity
	for ; j >= s.lo; j-- {
		if w := d.toks[j].lower; w == "and" || w == "," {
			continue
		}
		sp, e := d.actorAt(j)
		if e == nil || e.typ == graph.Person || e == dest {
			break
		}
		parts = append([]*entity{e}, parts...)
		j = sp.lo
	}
	if len(parts) == 0 {
		if e := d.firstActor(m.sent, m.lo); e != nil && e.typ != graph.Person && e != dest {
			parts = []*entity{e}
		}
	}
	if len(parts) > 0 {
		m.parts = parts
	} else {
		m.parts = removeEntity(m.parts, dest)
	}
	if dest != nil && m.loc == nil {
		m.loc = dest
	}
}
