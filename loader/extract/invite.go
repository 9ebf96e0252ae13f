package extract

import "github.com/geokg/geokg/graph"

// inviteVerbs ask a guest to come: "invited Modi to visit Moscow".
var inviteVerbs = setOf("invited", "invites", "invite", "inviting")

// guestPronouns stand for the guest of an invitation: "invited him to
// visit".
var guestPronouns = setOf("him", "her", "them")

// invitationRelations: who invites a guest to visit or to talks offers that
// meeting: "Putin invited Modi to visit Russia next year", "invited the
// Algerian president to a dialogue". An invitation read in the passive
// ("was invited to the summit") names no host, and one to attend a summit
// offers nothing, the summit being held whoever comes.
func (d *doc) invitationRelations(si int) {
	s := d.sents[si]
	for k := s.lo + 1; k < s.hi-3; k++ {
		if !inviteVerbs[d.toks[k].lower] || d.spanAt[k] != 0 {
			continue
		}
		switch d.tok(k - 1).lower {
		case "not", "was", "were", "been", "be", "being", "is", "are":
			continue
		}
		to, guest := d.guestOf(k)
		if to < 0 {
			continue
		}
		ev := d.invitedMeeting(to)
		if ev == nil {
			continue
		}
		host := d.subjectBefore(k, si)
		if host == nil || host == guest {
			continue
		}
		d.addClaim(claim{src: ent(host), dst: evt(ev), typ: graph.Offered, mod: graph.Asserted, sent: si, conf: 0.5})
	}
}

// invitedMeeting returns the meeting an invitation reaches at "to": "to
// visit Kyiv", "to talks", "to a fraternal dialogue"; none past a verb of
// its own ("to attend the summit").
func (d *doc) invitedMeeting(to int) *event {
	np := false // within a noun phrase opened by a determiner
	for j := to + 1; j < to+5 && j < len(d.toks); j++ {
		if m := d.evAt[j]; m != nil && m.ev != nil {
			if m.typ != graph.Meeting {
				return nil
			}
			return m.ev
		}
		t := d.toks[j]
		switch {
		case isQuote(t.text):
		case determiners[t.lower] && t.lower != "in":
			np = true
		case np && t.kind == tokWord && !t.cap && d.spanAt[j] == 0:
		default:
			return nil
		}
	}
	return nil
}

// guestOf returns where "to" follows the guest named after an inviting
// verb at k, and the guest: "invited him to", "invited Algerian President
// Abdelmadjid Tebboune to". The guest is a name, with its title, or a
// pronoun; -1 when no "to" follows one.
func (d *doc) guestOf(k int) (int, *entity) {
	if guestPronouns[d.tok(k+1).lower] {
		if d.tok(k+2).lower == "to" {
			return k + 2, nil
		}
		return -1, nil
	}
	var guest *entity
	for j := k + 1; j < k+9 && j < len(d.toks); j++ {
		if d.toks[j].lower == "to" {
			if guest == nil {
				return -1, nil
			}
			return j, guest
		}
		if sp, e := d.actorAt(j); e != nil && sp.lo == j {
			guest = e
			j = sp.hi - 1
			continue
		}
		if t := d.toks[j]; t.kind != tokWord || !t.cap {
			return -1, nil
		}
	}
	return -1, nil
}
