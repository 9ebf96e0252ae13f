package extract

import "github.com/geokg/geokg/graph"

// standsFor reports whether party p is one of es or acts for one of them:
// "US special envoy John Coale" stands for the United States, "the Polish
// army" for Poland. Talks "between Lukashenko and a US delegation" and
// "the US envoy met Lukashenko" then name one meeting. A leader or
// minister is a party in his own right: "Erdogan spoke to Zelensky" is no
// round of the talks Turkey hosted between Russia and Ukraine.
func (d *doc) standsFor(p *entity, es []*entity) bool {
	if hasEntity(es, p) {
		return true
	}
	var s *entity
	if p.typ == graph.Person {
		s = d.titleStateOf(p, delegateWords)
	} else {
		s = d.bodyState(p)
	}
	return s != nil && hasEntity(es, s)
}

// delegateWords head the titles of those sent to speak for a state.
var delegateWords = setOf("envoy", "envoys", "emissary", "negotiator", "negotiators", "delegate", "representative", "mediator")

// partiesCovered reports whether every party of a is among b, acts for
// one of them, or is the place b is held in: "the Singapore talks" and
// "talks in Singapore between Washington and Beijing" name one meeting.
func (d *doc) partiesCovered(a, b []*entity, place *entity) bool {
	return d.coveredBy(a, b, place, false)
}

// statesCovered is partiesCovered for a headline, which names a state
// where the body names its organ: "Mexico approves tariffs" over "Mexico's
// Senate on Wednesday approved tariffs" tells one act.
func (d *doc) statesCovered(a, b []*entity, place *entity) bool {
	return d.coveredBy(a, b, place, true)
}

// coveredBy is the loop of both: with organs, a state is also covered by
// one of its bodies among b.
func (d *doc) coveredBy(a, b []*entity, place *entity, organs bool) bool {
	for _, p := range a {
		if p != place && !d.standsFor(p, b) && !(organs && p.typ == graph.Country && d.organOf(p, b)) {
			return false
		}
	}
	return true
}

// organOf reports whether one of es is a body of state s.
func (d *doc) organOf(s *entity, es []*entity) bool {
	for _, e := range es {
		if e.typ == graph.Organization && d.speakingState(e) == s {
			return true
		}
	}
	return false
}

// partiesMeet reports whether two sets of parties have one in common,
// counting those that act for another and a party that is the other's
// place.
func (d *doc) partiesMeet(a, b []*entity, placeA, placeB *entity) bool {
	for _, p := range a {
		if p == placeB || d.standsFor(p, b) {
			return true
		}
	}
	for _, p := range b {
		if p == placeA || d.standsFor(p, a) {
			return true
		}
	}
	return false
}

// hopedFor reports whether events of type t are mostly told before they
// happen, so that "called for a truce" and "would accept a truce only if"
// weigh one truce, possible in one sentence and conditional in the next.
func hopedFor(t graph.EventType) bool {
	return t == graph.Ceasefire || t == graph.Proposal
}
