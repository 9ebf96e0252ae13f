package extract

import "github.com/geokg/geokg/graph"

// summonVerbs call a foreign envoy in to hear a protest.
var summonVerbs = setOf("summoned", "summons", "summon", "summoning", "summonsed")

// envoyHeads are the titles a summons calls in.
var envoyHeads = setOf("ambassador", "envoy", "chargé", "charge", "diplomat", "commissioner", "consul")

// summonedEnvoy adds the side called in by a summons: the envoy's state and
// the envoy by name are parties to it as much as the state that summons.
// "summoned Sweden's ambassador", "summoned the Danish envoy Ole Holm",
// "summoned the ambassador of Peru". The generic rules drop them because a
// possessive or a demonym before a title usually only qualifies it.
func (d *doc) summonedEnvoy(m *eventMention) {
	if !summonVerbs[d.toks[m.lo].lower] {
		return
	}
	s := d.sents[m.sent]
	head := -1
	for k := m.hi; k < s.hi && k < m.hi+7; k++ {
		if envoyHeads[d.toks[k].lower] {
			head = k
			break
		}
		if d.toks[k].text == "," || k > m.hi && d.trigAt[k] {
			return
		}
	}
	if head < 0 {
		return
	}
	end := head + 1
	if d.tok(end).lower == "of" || d.tok(end).lower == "to" {
		end += 2 // "the ambassador of Peru", "the envoy to Lima"
	}
	for k, sp := range d.walk(m.hi, min(end+4, s.hi)) {
		if sp == nil {
			if k > end {
				break
			}
			continue
		}
		e := actorOf(sp)
		if e == nil || hasEntity(m.parts, e) {
			continue
		}
		if sp.lo > end && (e.typ != graph.Person || sp.lo > head+2) {
			break // only the envoy's own name follows the title
		}
		m.parts = append(m.parts, e)
	}
}
