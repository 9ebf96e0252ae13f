package extract

import "github.com/geokg/geokg/graph"

// unclaimedParts returns the parties a meeting or vote is named with that
// the text does not say take part in it: every side of talks asked for
// ("urged Sudan and Chad to return to talks" asks for talks no one has
// agreed to; "urged them to negotiate" likewise), who asks for them, and
// who offers to host them ("offered to host talks"). They stay the
// event's participants, which name and anchor the talks, but are given no
// PARTICIPATED_IN: the ask is told by DEMANDED, the offer by OFFERED.
func (d *doc) unclaimedParts(m *eventMention) []*entity {
	if m.typ != graph.Meeting && m.typ != graph.Election || m.mod == graph.Asserted && !d.offeredMeeting(m) {
		return nil
	}
	if d.hostOffered(m) {
		if d.withAfter(m) {
			return nil // "offered to host talks with Riyadh": the host is a side
		}
		return d.offeringHosts(m)
	}
	lo, _ := d.clause(m.lo)
	for k := m.lo - 1; k >= lo && k >= m.lo-16; k-- {
		if d.trigAt[k] && m.ev != nil && d.evAt[k] != nil && d.evAt[k].ev != m.ev {
			return nil // "urged X to sign the deal at the talks": the talks are not asked for
		}
		if !askVerbs[d.toks[k].lower] {
			continue
		}
		askers := d.askers(k, m.sent)
		_, to, ok := d.askedActors(k, askers)
		if !ok || to >= m.lo || d.askedEvent(to) != m.ev {
			return nil
		}
		var out []*entity
		if !convokeVerbs[d.tok(to+1).lower] {
			out = append(out, m.parts...) // not "asked the council to convene a session": the council sits in its session
		}
		for _, a := range askers {
			out = appendUnique(out, a)
		}
		return out
	}
	return nil
}

// offeringHosts returns who offers to host the meeting m, with the state a
// host person stands for: "Oman's foreign minister offered to host talks".
func (d *doc) offeringHosts(m *eventMention) []*entity {
	lo, _ := d.clause(m.lo)
	for k := m.lo - 1; k >= lo && k >= m.lo-8; k-- {
		if !meetingOffers[d.toks[k].lower] || d.tok(k+1).lower != "to" {
			continue
		}
		var out []*entity
		for _, h := range d.askers(k, m.sent) {
			out = append(out, h)
			if s := d.actorState(h); s != nil && s != h {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}
