package extract

import "github.com/geokg/geokg/graph"

// receptionVerbs tell a host receiving guests: "Prime Minister X received
// the US trade envoy", "was received by the king", "X hosted Y and Z",
// "X welcomed Y to Beijing".
var receptionVerbs = setOf("received", "receives", "receiving", "hosted", "hosts", "hosting", "host", "co-hosted",
	"welcomed", "welcomes", "welcoming", "welcome")

// seatRelatives before a hosting verb tell what a place is home to, not
// whom it received.
var seatRelatives = setOf("which", "that", "where")

// welcomeVerbs welcome ideas as readily as people: a state or body welcomed
// is a guest only when the text says where ("welcomed Ghana's team" is no
// meeting, "welcomed Ghana to the talks" may be).
var welcomeVerbs = setOf("welcomed", "welcomes", "welcoming", "welcome")

// receptionMention builds the meeting of a reception: a host (a person,
// state or body) receiving named guests, in either voice. What else is
// received or hosted (a letter, the summit, troops, a share of the vote)
// names no guest and makes no meeting. Sentences whose own triggers
// already name a meeting of the same two keep it.
func (d *doc) receptionMention(si, start int) *eventMention {
	s := d.sents[si]
	for k := s.lo + 1; k < s.hi; k++ {
		if !receptionVerbs[d.toks[k].lower] || d.trigAt[k] {
			continue
		}
		if seatRelatives[d.tok(k-1).lower] {
			continue // "Austria, which hosts the IAEA": a seat, not a reception
		}
		var host *entity
		var guests []*entity
		end := k + 1
		if passiveWords[d.tok(k-1).lower] && d.tok(k+1).lower == "by" {
			host = d.addresseeAt(k + 2)
			if g := d.subjectBefore(k-1, si); g != nil && g.typ == graph.Person {
				guests = []*entity{g}
			}
		} else {
			host = d.subjectBefore(k, si)
			guests, end = d.guestsAt(k+1, welcomeVerbs[d.toks[k].lower])
		}
		if host == nil || len(guests) == 0 || !receptionParty(host) || hasEntity(guests, host) {
			continue
		}
		if d.meetingNamed(start, host, guests) {
			return nil
		}
		m := &eventMention{lo: k, hi: k + 1, sent: si, typ: graph.Meeting, verb: true, noun: d.toks[k].text,
			mod: d.modalityAt(k), parts: append([]*entity{host}, guests...)}
		for i, g := range guests {
			m.pairs = append(m.pairs, [2]*entity{host, g})
			for _, h := range guests[i+1:] {
				m.pairs = append(m.pairs, [2]*entity{g, h}) // the guests sat together too
			}
		}
		_, hi := d.clause(k)
		m.loc = d.placeIn(end, hi) // where the host received them
		return m
	}
	return nil
}

// receptionParty reports whether an actor can host or be a guest: a
// person, a state or a body.
func receptionParty(e *entity) bool {
	return e.typ == graph.Person || e.typ == graph.Country || e.typ == graph.Organization
}

// meetingNamed reports whether a mention from start on already names a
// meeting of the host with every guest.
func (d *doc) meetingNamed(start int, host *entity, guests []*entity) bool {
	for _, m := range d.evs[start:] {
		if m.typ == graph.Meeting && hasEntity(m.parts, host) && subset(guests, m.parts) {
			return true
		}
	}
	return false
}

// guestFollowers may follow a guest's name: what comes next says where,
// when or why the guest was received, or names another guest.
var guestFollowers = setOf("to", "in", "at", "on", "for", "and", "as", "before", "after", "during", "with", "earlier",
	"later", "last", "this", "who", "when", "amid", "ahead", "while", "late", "together", ",", ".", ";", "(")

// guestsAt returns the guests named from j on ("Li Qiang and Lee
// Jae-myung", "the Beninese delegation") and where their names end. A
// name that only qualifies what follows ("the G7 summit", "Ukraine's
// request", "US-led troops") is no guest. With welcome verbs a state or
// body needs a place after it.
func (d *doc) guestsAt(j int, welcome bool) ([]*entity, int) {
	var guests []*entity
	for len(guests) < 4 {
		g, end := d.guestAt(j)
		if g == nil || !receptionParty(g) {
			break
		}
		next := d.tok(end)
		if !guestFollowers[next.lower] && !(next.kind == tokWord && next.cap) {
			break
		}
		if welcome && g.typ != graph.Person && next.lower != "to" && next.lower != "in" && next.lower != "at" {
			break
		}
		if !hasEntity(guests, g) {
			guests = append(guests, g)
		}
		j = end
		if next.lower != "and" && !(next.text == "," && d.tok(end+1).lower == "and") && next.text != "," {
			break
		}
		j = end + 1
		if d.tok(j).lower == "and" {
			j++
		}
	}
	if len(guests) == 0 {
		return nil, j
	}
	return guests, j
}

// guestAt reads one guest from j on, as addresseeAt reads an addressee,
// and returns it with the end of its name.
// A state's possessive before a person names the person: "Mali's Assimi
// Goita" is a guest, Mali only says whom he leads.
func (d *doc) guestAt(j int) (*entity, int) {
	g, end := d.namedActorAt(j, true)
	if g != nil && g.typ != graph.Person && d.tok(end).lower == "'s" {
		if p, pend := d.namedActorAt(end+1, true); p != nil && p.typ == graph.Person {
			return p, pend
		}
	}
	return g, end
}

// addReception puts the reception of sentence si, if any, among the
// sentence's mentions from start on, in text order.
func (d *doc) addReception(si, start int) {
	if m := d.receptionMention(si, start); m != nil {
		d.insertMention(start, m)
	}
}
