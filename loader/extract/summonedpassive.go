package extract

import "github.com/geokg/geokg/graph"

// envoySubjectBefore returns where the envoy title stands that is the
// subject of a passive summons at lo ("Russia's ambassador, Ivan Petrov,
// was summoned", "the French envoy was summoned to the ministry"), or -1.
// The title must open the clause the summons ends: "an aide to the
// ambassador said the minister was summoned" calls in no envoy.
func (d *doc) envoySubjectBefore(lo int) int {
	if !passiveWords[d.tok(lo-1).lower] {
		return -1
	}
	s := d.sents[d.sentOf[lo]]
	for k := lo - 2; k >= s.lo && k >= lo-10; k-- {
		w := d.toks[k].lower
		if envoyHeads[w] {
			return k
		}
		if d.trigAt[k] || w == "that" || w == "said" || w == "who" || w == ";" {
			return -1
		}
	}
	return -1
}

// summonedSubject gives a passive summons its sides: the envoy named at
// the title head, or the state its possessive or demonym names, and the
// body the envoy is summoned to ("was summoned to the foreign ministry").
func (d *doc) summonedSubject(m *eventMention, head int) {
	var envoy []*entity
	for k, sp := range d.walk(max(d.sents[m.sent].lo, head-3), m.lo-1) {
		if e := actorOf(sp); e != nil && (k < head || e.typ == graph.Person) {
			envoy = appendUnique(envoy, e)
		}
	}
	if n := len(envoy); n > 1 && envoy[n-1].typ == graph.Person {
		envoy = envoy[n-1:] // the envoy by name stands for the state the title qualifies
	}
	var summoners []*entity
	if d.tok(m.hi).lower == "to" {
		for _, sp := range d.walk(m.hi+1, min(m.hi+5, d.sents[m.sent].hi)) {
			if e := actorOf(sp); e != nil && !hasEntity(envoy, e) {
				summoners = appendUnique(summoners, e)
			}
		}
	}
	m.parts = append(summoners, envoy...)
	m.pairs = m.pairs[:0]
	if len(summoners) > 0 && len(envoy) > 0 {
		m.pairs = append(m.pairs, [2]*entity{summoners[0], envoy[0]})
	}
}
