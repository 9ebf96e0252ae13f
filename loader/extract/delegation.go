package extract

import "github.com/geokg/geokg/graph"

// sideNouns name one side's party at talks.
var sideNouns = setOf("team", "teams", "side", "delegation", "delegations", "negotiators")

// delegationRelations: who leads or represents a side at talks takes part
// in them: "Foreign Minister X led the Cypriot side, and Turkey was
// represented by Y", "The Indian delegation was led by Z", "W represented
// Kyiv". The talks are the latest meeting told as held, within four
// sentences.
func (d *doc) delegationRelations(si int) {
	s := d.sents[si]
	if d.tok(s.lo).lower == "attending" {
		// "Attending as an observer was the Omani envoy X"
		if e := d.invertedAttendee(s.lo, s.hi); e != nil {
			d.joinLatestMeeting(s.lo, si, bareAttendBack, []*entity{e})
		}
	}
	for k := s.lo + 1; k < s.hi; k++ {
		w := d.toks[k].lower
		if w != "led" && w != "headed" && w != "represented" && w != "attended" || d.spanAt[k] != 0 {
			continue
		}
		var who []*entity
		back := 4
		if w == "attended" {
			// "Lavrov and Wang Yi attended in person": the meeting just told
			if e := d.relativeAttendee(k); e != nil {
				who = []*entity{e} // "Merz, who also attended, said the planners would meet"
				back = bareAttendBack
			} else if evs, actors := d.objectsAfter(k); len(evs) > 0 || len(actors) > 0 {
				continue
			} else {
				who = d.askers(k, si)
			}
		} else if d.tok(k+1).lower == "by" {
			// passive: the side before "was", the person after "by"
			if a := d.tok(k - 1).lower; (a != "was" && a != "were" || w != "represented" && !d.delegationBefore(k-1, s.lo)) && !(w != "represented" && d.sideLedBy(k-1)) {
				continue // "The Russian team was led by", "sent a team led by"
			}
			if es := d.personsAfter(k+2, s.hi); len(es) > 0 {
				who = append(who, es...) // "led by Secretary of State X and special envoy Y"
			} else if w == "represented" {
				// "Veldania was represented by its junior trade minister"
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
		d.joinLatestMeeting(k, si, back, who)
	}
}

// joinLatestMeeting makes who parties to the latest meeting told as held
// before k, within back sentences.
func (d *doc) joinLatestMeeting(k, si, back int, who []*entity) {
	if len(who) == 0 {
		return
	}
	ev := d.latestEventOf(k, back, graph.Meeting)
	if ev == nil {
		return
	}
	for _, p := range who {
		if len(ev.parts) < maxParticipants {
			ev.parts = appendUnique(ev.parts, p)
		}
		d.addClaim(claim{src: ent(p), dst: evt(ev), typ: graph.ParticipatedIn, mod: ev.mod, sent: si, conf: 0.5})
	}
}

// bareAttendBack is how many sentences back attendance with no object
// looks for its meeting: "who also attended" closes a report on the
// article's gathering, often after a paragraph of reactions.
const bareAttendBack = 8

// relativeAttendee returns the person a relative clause of bare attendance
// at k describes: "X, who also attended, said"; nil otherwise.
func (d *doc) relativeAttendee(k int) *entity {
	j := k - 1
	if d.tok(j).lower == "also" {
		j--
	}
	if n := d.tok(k + 1).text; d.tok(j).lower != "who" || d.tok(j-1).text != "," || n != "," && n != "." {
		return nil
	}
	if sp := d.spanBefore(j - 1); sp != nil {
		if e := actorOf(sp); e != nil && e.typ == graph.Person {
			return e
		}
	}
	return nil
}

// invertedAttendee returns the person named after "was" in a sentence that
// opens with bare attendance: "Attending as a mediator was X"; nil when
// the sentence names what was attended first ("Attending the summit").
func (d *doc) invertedAttendee(k, hi int) *entity {
	for j := k + 1; j < hi && j < k+8; j++ {
		if o := d.spanAt[j]; o != 0 && d.spans[o-1].ent != nil {
			return nil // "Attending as Kenya's envoy was X": a role, not a name before the verb
		}
		if w := d.toks[j].lower; w == "was" || w == "were" {
			if j == k+1 || d.tok(k+1).lower != "as" {
				return nil
			}
			// "Turkish Foreign Minister X": the person over the state's
			// adjective and the title.
			for n := j + 1; n < hi && n < j+8; n++ {
				if o := d.spanAt[n]; o != 0 {
					if sp := &d.spans[o-1]; sp.ent != nil && sp.ent.typ == graph.Person {
						return sp.ent
					}
					n = d.spans[o-1].hi - 1
				}
			}
			return nil
		}
	}
	return nil
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
// the side with "alongside" or "together with": "X headed the Orvanian team
// alongside Finance Minister Y".
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
