package extract

import "github.com/geokg/geokg/graph"

// A party or group banned by the state is an act analysts keep, with the
// banned body as its party: "the Unity Front, whose activities were banned
// in May", "the court banned the Unity Front". "The banned Unity Front"
// only recalls the ban, and a person barred from politics is told by the
// sentence, not by a ban on a body.

// bodyBanVerbs are the verb forms of "ban"; "ban" and "bans" are nouns too.
var bodyBanVerbs = leaveOut(verbSet("ban"), "ban", "bans")

// banAux stand between the body and a passive "banned", with the manner
// words news text gives bans ("was formally banned").
var banAux = setPlus(perfectPassiveAux, "formally", "officially")

// bannedBody returns the body the "banned" at lo falls on: the one whose
// activities were banned, the one that was banned, or the one right after
// an active verb; nil when it falls on no body.
func (d *doc) bannedBody(lo int) *entity {
	k := d.beforeAux(lo, banAux)
	if k < lo-1 {
		if d.tok(k).lower == "activities" && d.tok(k-1).lower == "whose" && d.tok(k-2).text == "," {
			k -= 3 // "the Unity Front, whose activities were banned"
		}
		if bodyKinds[d.tok(k).lower] {
			k-- // "the Unity Front party, whose activities"
		}
		return d.bodyAt(k)
	}
	if determiners[d.tok(lo-1).lower] {
		return nil // "the banned Unity Front": the ban is told elsewhere
	}
	a := d.pastThe(lo + 1)
	return d.bodyAt(a)
}

// partyKinds end the name of a political body: "the Unity Front party".
var partyKinds = setOf("party", "movement", "group", "alliance", "coalition")

// bodyKinds follow a body's name: "the Unity Front party". A ban falls on
// organisations too, not only on partyKinds.
var bodyKinds = setPlus(partyKinds, "organisation", "organization")

// bodyAt returns the organisation whose name covers k.
func (d *doc) bodyAt(k int) *entity {
	if _, e := d.actorAt(k); e != nil && e.typ == graph.Organization {
		return e
	}
	return nil
}

// banFits keeps "banned" when it falls on a body; handled is false for
// other words.
func (d *doc) banFits(lo, hi int) (fits, handled bool) {
	if hi != lo+1 || !bodyBanVerbs[d.toks[lo].lower] {
		return false, false
	}
	return d.bannedBody(lo) != nil, true
}

// banArgs makes the banned body the ban's party.
func (d *doc) banArgs(m *eventMention) {
	if m.typ != graph.OtherEvent || m.hi != m.lo+1 || !bodyBanVerbs[d.toks[m.lo].lower] {
		return
	}
	if e := d.bannedBody(m.lo); e != nil {
		m.parts = []*entity{e}
	}
}
