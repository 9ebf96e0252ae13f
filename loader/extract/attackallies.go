package extract

import "github.com/geokg/geokg/graph"

// Strikes told with two sides on one side ("Israeli and US strikes") or in
// the passive ("the depots shelled by Poland and Lithuania"): each
// striker perpetrates the strike and attacks what it hit.

// passiveAgents returns who struck in a verb of attack told in the
// passive, "bombed by Israel and the United States"; nil when the verb is
// not followed by "by" and an acting name.
func (d *doc) passiveAgents(m *eventMention) []*entity {
	if !m.verb || d.tok(m.hi).lower != "by" {
		return nil
	}
	return d.joinedActors(m.hi + 1)
}

// joinedActors returns the acting names listed from k on, joined by "and"
// or commas: "Israel and the United States".
func (d *doc) joinedActors(k int) []*entity {
	var out []*entity
	s := d.sents[d.sentOf[min(k, len(d.toks)-1)]]
	for k < s.hi {
		k = d.pastThe(k)
		sp, e := d.actorAt(k)
		if e == nil || sp.lo != k || e.typ == graph.Person || d.tok(sp.hi).lower == "'s" {
			break
		}
		out = appendUnique(out, e)
		k = sp.hi
		if w := d.tok(k).lower; w != "and" && w != "," {
			break
		}
		k++
		if d.tok(k).lower == "and" {
			k++ // "A, B, and C"
		}
	}
	return out
}

// passiveBefore are the words between a passive verb of attack and what it
// struck: "the sites that were bombed", "Fordow, which had been hit".
var passiveBefore = setOf("was", "were", "been", "being", "be", "is", "are", "had", "has", "have", "that", "which",
	"reportedly", "repeatedly", "also", "allegedly", ",")

// passiveTargets returns the places or bodies named as the subject of a
// passive verb of attack: "Ardan, Belvo and Corin plants that were
// bombed", "the city of X was shelled".
func (d *doc) passiveTargets(m *eventMention) []*entity {
	s := d.sents[m.sent]
	k := m.lo - 1
	for k > s.lo && passiveBefore[d.toks[k].lower] {
		k--
	}
	if d.spanAt[k] == 0 {
		// "the Fordow and Natanz nuclear sites": over the site noun and a
		// qualifier or two to the names.
		if !targetNouns[d.toks[k].lower] && !strikeTargets[d.toks[k].lower] && !militaryPosts[d.toks[k].lower] && !struckSites[d.toks[k].lower] {
			return nil
		}
		k--
		for n := 0; n < 2 && k > s.lo && d.spanAt[k] == 0 && d.toks[k].kind == tokWord && !d.toks[k].cap; n++ {
			k--
		}
	}
	var out []*entity
	for k >= s.lo {
		sp, ok := d.spanEntity(k)
		if !ok || sp.ent == nil || sp.ent.typ == graph.Person || sp.kind == spanRole {
			break
		}
		out = append(out, sp.ent)
		k = sp.lo - 1
		if w := d.tok(k).lower; w == "and" || w == "," {
			k--
			if d.tok(k).text == "," {
				k--
			}
			continue
		}
		break
	}
	return out
}

// struckSites are what a strike is said to have hit, beside targetNouns.
var struckSites = setOf("sites", "plants", "bases", "refineries", "facilities", "installations", "depots", "ports", "airports")

// modifierAllies returns the sides named before the side that qualifies
// an attack noun, joined to it by "and": "Israeli" in "Israeli and US
// strikes". lo is where the qualifying side's name starts.
func (d *doc) modifierAllies(lo int) []*entity {
	var out []*entity
	k := lo - 1
	for k > 0 && (d.tok(k).lower == "and" || d.tok(k).text == ",") {
		sp, ok := d.spanEntity(k - 1)
		if !ok || sp.ent == nil || sp.ent.typ != graph.Country && sp.ent.typ != graph.Organization || sp.ent.media {
			break
		}
		out = appendUnique(out, sp.ent)
		k = sp.lo - 1
	}
	return out
}

// allyClaims: every side that struck beside the perpetrator perpetrated the
// strike and attacked what it hit.
func (d *doc) allyClaims(m *eventMention) {
	e := m.ev
	for _, a := range m.allies {
		if a == m.perp {
			continue
		}
		d.addClaim(claim{src: ent(a), dst: evt(e), typ: graph.Perpetrated, mod: m.mod, sent: m.sent, conf: 0.6})
		for _, t := range m.targets {
			if t != a {
				d.addClaim(claim{src: ent(a), dst: ent(t), typ: graph.Attacked, mod: m.mod, sent: m.sent, conf: 0.6})
			}
		}
		if m.loc != nil && m.loc != a && m.loc != m.perp && !d.movingTarget(m) {
			d.addClaim(claim{src: ent(a), dst: ent(m.loc), typ: graph.Attacked, mod: m.mod, sent: m.sent, conf: 0.5})
		}
	}
}

// ownForceWords are a side's own forces or weapons as the subject of its
// strike: "its units", "the agency's long-range drones".
var ownForceWords = setOf("forces", "troops", "units", "fighters", "soldiers", "jets", "warplanes", "aircraft",
	"drones", "missiles", "artillery", "navy", "army", "fleet", "military")

// ownForces returns the side whose own forces are the subject ending at k:
// the quoted body for "its forces" or "their troops" ("the ministry said
// its forces had struck"), the owner for "the agency's drones". Nil when
// the subject is not so told.
func (d *doc) ownForces(k, si int) *entity {
	if !ownForceWords[d.tok(k).lower] {
		return nil
	}
	j := k - 1
	if strikerQualifiers[d.tok(j).lower] {
		j-- // "its long-range drones"
	}
	switch w := d.tok(j).lower; {
	case w == "its" || w == "their":
		if spk := d.speakerOf(si); spk != nil && spk.typ != graph.Person {
			return spk
		}
	case w == "'s":
		if _, e := d.actorAt(j - 1); e != nil && e.typ != graph.Person {
			return e
		}
	}
	return nil
}

// ownerTarget returns the side whose own ground or assets an attack struck,
// named by a possessive as its object: "strikes on Iran's nuclear
// facilities" attack Iran, "pounded Ukraine's southern Odesa region" the
// region the possessive names. Nil when the object is not so told.
func (d *doc) ownerTarget(m *eventMention) *entity {
	k := m.hi
	if !m.verb {
		if w := d.tok(k).lower; w != "on" && w != "against" {
			return nil
		}
		k++
	}
	k = d.pastThe(k)
	sp, e := d.actorAt(k)
	if e == nil || sp.lo != k || e.typ == graph.Person || d.tok(sp.hi).lower != "'s" {
		return nil
	}
	j := sp.hi + 1
	for j < sp.hi+4 && regionAdjectives[d.tok(j).lower] {
		j++
	}
	if p, ok := d.spanEntity(j); ok && p.lo == j && p.ent != nil && p.ent.typ == graph.Location {
		return p.ent // "Ukraine's southern Odesa region"
	}
	return e
}

// struckThrough records a strike a body says its forces carried out: the
// body and, when the body is a state's, the state whose forces they are
// ("Russia's Defence Ministry said its forces had struck").
func (d *doc) struckThrough(m *eventMention, body *entity) {
	m.perp = body
	if st := d.speakingState(body); st != nil && st.typ == graph.Country && body.typ == graph.Organization {
		// The state leads: its strike is found again by the state's name.
		m.perp = st
		m.allies = appendUnique(m.allies, body)
	}
}
