package extract

import "github.com/geokg/geokg/graph"

// Relief after a natural disaster seldom names who receives it: "Japan
// pledged $2 million in emergency relief", "Beijing would provide
// humanitarian assistance", "Norway has offered help". The stricken state
// the article opens on is the one helped.

// naturalDisasters open an article on a disaster that strikes a state.
// Accidents (a crash, a fire) are left out: nobody sends relief for them.
var naturalDisasters = setOf("earthquake", "earthquakes", "quake", "quakes", "typhoon", "cyclone", "hurricane", "floods",
	"flooding", "flood", "landslide", "landslides", "tsunami", "storm", "drought", "wildfire", "wildfires", "eruption", "mudslides")

// reliefVerbs give or promise help: the verb the relief follows.
var reliefVerbs = setOf("pledged", "pledges", "pledge", "provide", "provides", "providing", "dispatch", "dispatched",
	"dispatches", "send", "sent", "sends", "sending", "donated", "donate", "donates", "offered", "offers", "deliver",
	"delivered", "airlifted", "flew", "flown", "announced", "approved", "released")

// reliefNouns are what a state gives a stricken one: "emergency relief",
// "a rescue team", "tents and blankets", a sum of money.
var reliefNouns = setOf("aid", "assistance", "relief", "help", "rescue", "rescuers", "medics", "tents", "blankets",
	"supplies", "$", "€", "£", "yuan", "yen", "rupees")

// offerWords make the relief a promise only: "offered help".
var offerWords = setOf("offered", "offers")

// strickenState returns the state a natural disaster struck, as the first
// three sentences tell it: the first state named in the sentence that
// names the disaster ("an earthquake that struck eastern Tajikistan").
func (d *doc) strickenState() *entity {
	for si := 0; si < len(d.sents) && si < 3; si++ {
		s := d.sents[si]
		hit := false
		for k := s.lo; k < s.hi && !hit; k++ {
			hit = naturalDisasters[d.toks[k].lower]
		}
		if !hit {
			continue
		}
		for k := s.lo; k < s.hi; k++ {
			if _, e := d.actorAt(k); e != nil && e.typ == graph.Country {
				return e
			}
		}
		return nil
	}
	return nil
}

// reliefRelations reads relief with no named recipient in sentence si as
// aid to the stricken state: "Japan pledged $2 million in emergency
// relief". A recipient written after "to" is read by aidAt instead; a
// state's own relief to its people is no aid between states.
func (d *doc) reliefRelations(si int) {
	s := d.sents[si]
	var stricken *entity
	looked := false
	for k := s.lo; k < s.hi; k++ {
		if !reliefVerbs[d.toks[k].lower] || !d.reliefAfter(k) {
			continue
		}
		if !looked {
			stricken, looked = d.strickenState(), true
		}
		if stricken == nil {
			return
		}
		mod := d.modalityAt(k)
		if offerWords[d.toks[k].lower] {
			mod = graph.Possible
		}
		for _, src := range d.askers(k, si) { // "Uzbekistan and Kyrgyzstan have offered help"
			if src = d.helperState(src); src != nil && src != stricken {
				d.addClaim(claim{src: ent(src), dst: ent(stricken), typ: graph.Aided, mod: mod, sent: si, conf: 0.5})
			}
		}
	}
}

// reliefAfter reports whether relief follows the verb at k in its clause
// and no recipient is named: "pledged $2 million in emergency relief",
// "offered to send a rescue team"; not "sent aid to Gaza" nor "sent
// troops".
func (d *doc) reliefAfter(k int) bool {
	_, hi := d.clause(k)
	found := false
	for j := k + 1; j < hi && j <= k+8; j++ {
		w := d.toks[j].lower
		if w == "to" {
			if _, e := d.actorAt(min(j+1, len(d.toks)-1)); e != nil {
				return false // a named recipient
			}
			if d.tok(j+1).lower == "the" && d.actorNear(j+2) {
				return false
			}
		}
		if reliefNouns[w] {
			found = true
		}
	}
	return found
}

// helperState returns the state that gives what e gives: a state itself,
// a leader's state or a state's organ; nil for anyone else.
func (d *doc) helperState(e *entity) *entity {
	switch e.typ {
	case graph.Person:
		return d.actorState(e)
	case graph.Organization:
		return d.bodyState(e)
	case graph.Country:
		return e
	}
	return nil
}
