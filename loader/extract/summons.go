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
// possessive or a demonym before a title usually only qualifies it. A
// summons told in the passive has its envoy before the verb
// (summonedSubject).
func (d *doc) summonedEnvoy(m *eventMention) {
	if !summonVerbs[d.toks[m.lo].lower] {
		return
	}
	if head := d.envoySubjectBefore(m.lo); head >= 0 {
		d.summonedSubject(m, head)
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
	var envoy []*entity
	for k, sp := range d.walk(m.hi, min(end+4, s.hi)) {
		if sp == nil {
			if k > end {
				break
			}
			continue
		}
		e := actorOf(sp)
		if e == nil || hasEntity(envoy, e) {
			continue
		}
		if sp.lo > end && (e.typ != graph.Person || sp.lo > head+2) {
			break // only the envoy's own name follows the title
		}
		envoy = append(envoy, e)
	}
	if m.typ == graph.Meeting {
		d.summonSides(m, envoy)
		return
	}
	for _, e := range envoy {
		m.parts = appendUnique(m.parts, e)
	}
}

// summonSides makes a summons a meeting of two sides: whoever summons and the
// envoy called in. Other names later in the clause ("summoned the envoy after
// reports linking the Kremlin to ...") only give the reason, and a ministry
// does not meet its own state: the ministry, as the nearer summoner, meets
// the envoy's state.
func (d *doc) summonSides(m *eventMention, envoy []*entity) {
	clo, chi := d.clause(m.lo)
	var before, after []*entity
	for _, sp := range d.walk(clo, m.lo) {
		before = appendUnique(before, actorOf(sp))
	}
	for _, sp := range d.walk(m.hi, chi) {
		after = appendUnique(after, actorOf(sp))
	}
	var summoners []*entity
	for _, p := range m.parts {
		if !hasEntity(envoy, p) && (hasEntity(before, p) || !hasEntity(after, p)) {
			summoners = append(summoners, p)
		}
	}
	if len(envoy) == 1 && envoy[0].typ == graph.Country {
		if p := d.namedEnvoy(envoy[0]); p != nil {
			envoy[0] = p // "Russia's ambassador", named later as "Russian ambassador Ivan Petrov"
		}
	}
	m.parts = append(summoners, envoy...)
	m.pairs = m.pairs[:0]
	if len(summoners) == 0 || len(envoy) == 0 {
		return
	}
	by := summoners[len(summoners)-1]
	for _, p := range summoners {
		if p.typ == graph.Organization {
			by = p
		}
	}
	m.pairs = append(m.pairs, [2]*entity{by, envoy[0]})
}

// namedEnvoy returns the one person the article titles as state's envoy.
func (d *doc) namedEnvoy(state *entity) *entity {
	var found *entity
	for _, p := range d.ents {
		if p.typ != graph.Person || d.titleStateOf(p, envoyHeads) != state {
			continue
		}
		if found != nil {
			return nil // two envoys of one state: which was called in is not said
		}
		found = p
	}
	return found
}
