package extract

import "github.com/geokg/geokg/graph"

// A defence report ("air defences destroyed 41 Ukrainian drones over the
// Kursk region") tells an attack by the state whose weapons were downed,
// on the state that downed them.

// downVerbs destroy or stop a weapon in flight.
var downVerbs = setOf("downed", "intercepted", "destroyed", "shot")

// aerialWeapons are what air defences down.
var aerialWeapons = setOf("drone", "drones", "missile", "missiles", "rocket", "rockets", "uav", "uavs",
	"projectile", "projectiles", "aircraft", "warplane", "warplanes", "jet", "jets")

// defenceWords name the side that downs weapons.
var defenceWords = setOf("defence", "defences", "defense", "defenses", "air-defence", "air-defense")

// downedOwner returns the state whose aerial weapons the down verb at lo
// (ending at hi) names: "downed 96 Ukrainian drones", "shot down 30 of 50
// Russian missiles", "intercepted and destroyed 12 Ukrainian drones".
func (d *doc) downedOwner(lo, hi int) *entity {
	if d.toks[lo].lower == "shot" {
		if d.tok(hi).lower != "down" {
			return nil
		}
		hi++
	}
	s := d.sents[d.sentOf[lo]]
	for j := hi; j < s.hi && j < hi+8; j++ {
		if d.isBreak(j) {
			return nil
		}
		sp, e := d.actorAt(j)
		if sp == nil {
			continue
		}
		if e == nil || e.typ != graph.Country {
			return nil
		}
		for k := sp.hi; k < s.hi && k < sp.hi+3; k++ {
			if aerialWeapons[d.toks[k].lower] {
				return e
			}
		}
		return nil
	}
	return nil
}

// defenceSubject reports whether air defences or an air force stand
// before the verb at lo in its sentence, as its subject or as the speaker
// "it" stands for.
func (d *doc) defenceSubject(lo int) bool {
	s := d.sents[d.sentOf[lo]]
	for j := lo - 1; j >= s.lo && j >= lo-14; j-- {
		w := d.toks[j].lower
		if defenceWords[w] || w == "force" && d.tok(j-1).lower == "air" {
			return true
		}
	}
	return false
}

// downedFits decides the down verbs: only the downing of another state's
// aerial weapons by defences is an attack of that state. handled is false
// for a word it does not decide.
func (d *doc) downedFits(lo, hi int) (fits, handled bool) {
	if !downVerbs[d.toks[lo].lower] {
		return false, false
	}
	if d.downedOwner(lo, hi) != nil && d.defenceSubject(lo) {
		return true, true
	}
	if d.toks[lo].lower == "shot" {
		return false, false // the general reading of "shot"
	}
	if d.destroysOwned(lo, hi) {
		return true, true // "destroyed five Ukrainian boats"
	}
	return false, true
}

// downedArgs fills the attack a defence report tells: the weapons' owner
// struck, the defenders' state was the target. It reports whether m is
// such a mention.
func (d *doc) downedArgs(m *eventMention) bool {
	if !m.verb || !downVerbs[d.toks[m.lo].lower] {
		return false
	}
	owner := d.downedOwner(m.lo, m.hi)
	if owner == nil || !d.defenceSubject(m.lo) {
		return false
	}
	m.perp = owner
	t := d.defender(m, owner)
	if t != nil {
		m.targets = appendUnique(m.targets, t)
	}
	if m.loc == owner {
		// "downed 96 Ukrainian drones": the demonym owns the weapons; they
		// fell where the defenders stand.
		m.loc = t
	}
	m.parts = appendUnique(m.parts, owner)
	for _, t := range m.targets {
		m.parts = appendUnique(m.parts, t)
	}
	return true
}

// defender is the state whose defences downed owner's weapons: the
// nearest state, or the state of the nearest body, named before the verb.
func (d *doc) defender(m *eventMention, owner *entity) *entity {
	s := d.sents[m.sent]
	for j := m.lo - 1; j >= s.lo; j-- {
		sp, e := d.actorAt(j)
		if sp == nil {
			continue
		}
		j = sp.lo
		if e == nil || e == owner {
			continue
		}
		if e.typ == graph.Country {
			return e
		}
		if e.typ == graph.Organization && e.country != "" && e.country != owner.code {
			return d.countryByCode(e.country)
		}
	}
	return nil
}
