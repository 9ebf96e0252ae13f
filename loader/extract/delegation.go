package extract

import "github.com/geokg/geokg/graph"

// sideNouns name one side's party at talks.
var sideNouns = setOf("team", "teams", "side", "delegation", "delegations", "negotiators")

// delegationRelations: who leads or represents a side at talks takes part
// in them: "Foreign Minister X led the Syrian side, while Israel was
// represented by Y", "The Indian delegation was led by Z", "W represented
// Kyiv". The talks are the latest meeting told as held, within four
// sentences.
func (d *doc) delegationRelations(si int) {
	s := d.sents[si]
	for k := s.lo + 1; k < s.hi; k++ {
		w := d.toks[k].lower
		if w != "led" && w != "headed" && w != "represented" && w != "attended" || d.spanAt[k] != 0 {
			continue
		}
		var who []*entity
		if w == "attended" {
			// "Lavrov and Wang Yi attended in person": the meeting just told
			if evs, actors := d.objectsAfter(k); len(evs) > 0 || len(actors) > 0 {
				continue
			}
			who = d.askers(k, si)
		} else if d.tok(k+1).lower == "by" {
			// passive: the side before "was", the person after "by"
			if a := d.tok(k - 1).lower; (a != "was" && a != "were" || w != "represented" && !d.delegationBefore(k-1, s.lo)) && !(w != "represented" && d.sideLedBy(k-1)) {
				continue // "The Russian team was led by", "sent a team led by"
			}
			if es := d.personsAfter(k+2, s.hi); len(es) > 0 {
				who = append(who, es...) // "led by Secretary of State X and special envoy Y"
			} else if w == "represented" {
				// "Brazil was represented by its deputy foreign minister"
				if e := d.subjectBefore(k, si); e != nil && e.typ != graph.Person {
					who = append(who, e)
				}
			}
		} else {
			if w != "represented" && !d.delegationAfter(k+1, s.hi) {
				continue
			}
			if e := d.subjectBefore(k, si); e != nil && e.typ == graph.Person {
				who = append(who, e)
				who = append(who, d.coLeaders(k+1, s.hi)...)
			}
		}
		if len(who) == 0 {
			continue
		}
		ev := d.latestEventOf(k, 4, graph.Meeting)
		if ev == nil {
			continue
		}
		for _, p := range who {
			if len(ev.parts) < maxParticipants {
				ev.parts = appendUnique(ev.parts, p)
			}
			d.addClaim(claim{src: ent(p), dst: evt(ev), typ: graph.ParticipatedIn, mod: ev.mod, sent: si, conf: 0.5})
		}
	}
}

// delegationAfter reports whether a delegation noun follows within a
// few words: "led Tehran's team", "headed the Syrian side".
func (d *doc) delegationAfter(j, hi int) bool {
	for n := j; n < hi && n < j+5; n++ {
		if sideNouns[d.toks[n].lower] {
			return true
		}
		if t := d.toks[n]; t.kind == tokPunct && t.text != "'s" && t.text != "-" {
			return false
		}
	}
	return false
}

// delegationBefore reports whether the subject before the auxiliary at j
// is a delegation: "The Russian team was headed by".
func (d *doc) delegationBefore(j, lo int) bool {
	for n := j - 1; n >= lo && n > j-4; n-- {
		if sideNouns[d.toks[n].lower] {
			return true
		}
	}
	return false
}

// personAfter returns the person named at j over a title before the name:
// "by special envoy Steve Witkoff", "by Lt Gen Hitesh Bhalla".
func (d *doc) personAfter(j, hi int) *entity {
	for n, sp := range d.walk(j, min(hi, j+6)) {
		if e := actorOf(sp); e != nil {
			if e.typ == graph.Person {
				return e
			}
			return nil
		}
		if t := d.toks[n]; t.kind == tokPunct && t.text != "." {
			return nil
		}
	}
	return nil
}

// coLeaders returns who leads a side together with the subject, named after
// the side with "alongside" or "together with": "X led the U.S. delegation
// alongside Trade Representative Y".
func (d *doc) coLeaders(j, hi int) []*entity {
	for n := j; n < hi && n < j+7; n++ {
		if !sideNouns[d.toks[n].lower] {
			continue
		}
		switch {
		case d.tok(n+1).lower == "alongside":
			return d.personsAfter(n+2, hi)
		case d.tok(n+1).lower == "together" && d.tok(n+2).lower == "with":
			return d.personsAfter(n+3, hi)
		}
		return nil
	}
	return nil
}

// sideLedBy reports whether the side noun at j opens a reduced relative
// naming who leads it: "sent a team led by", "its negotiators, led by";
// not "a rescue team led by", which no talks need.
func (d *doc) sideLedBy(j int) bool {
	if d.toks[j].text == "," {
		j--
	}
	if !sideNouns[d.tok(j).lower] {
		return false
	}
	p := d.tok(j - 1)
	return determiners[p.lower] || p.lower == "negotiating" || d.spanAt[j-1] != 0 && d.sideActor(j-1) != nil
}
