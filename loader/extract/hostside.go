package extract

import "github.com/geokg/geokg/graph"

// receivingVerbs make their subject, or the agent after "by", the host of a
// meeting: "was received by Prime Minister X", "X, who chaired the talks".
var receivingVerbs = setOf("hosted", "chaired", "received", "welcomed", "hosts", "chairs", "receives", "welcomes")

// hostSide returns the state a host whose title names none sits for: the
// state of the place of a meeting told up to m with a party of m's
// ("External Affairs Minister X, who chaired the meeting in Delhi"; "was
// received in Kabul by Prime Minister Y"). A host receives in their own
// state; a guest's title names theirs. nil when p is not told hosting or
// no such meeting was placed.
func (d *doc) hostSide(p *entity, m *eventMention) *entity {
	if p.typ != graph.Person || !d.toldHosting(p) {
		return nil
	}
	hosted := false
	for i := len(d.evs) - 1; i >= 0; i-- {
		o := d.evs[i]
		if o.lo > m.lo || o.typ != graph.Meeting || o.sent < m.sent-4 {
			continue
		}
		loc, parts := o.loc, o.parts
		if o.ev != nil {
			loc, parts = o.ev.loc, o.ev.parts // the meeting as all its mentions tell it
		}
		if !hosted && loc == nil && len(parts) == 1 && parts[0] == p {
			hosted = true // "X, who chaired the meeting": the meeting told before it
			continue
		}
		if loc == nil || !hosted && !hasEntity(parts, p) && !sharesEntity(parts, m.parts) {
			continue
		}
		switch l := loc; {
		case l.typ == graph.Country:
			return l
		case l.typ == graph.Location && l.country != "":
			return d.countryByCode(l.country)
		}
		return nil
	}
	return nil
}

// toldHosting reports whether a name of p stands as a host: after "by" and
// a hosting verb, over its title ("received by Prime Minister Y"), or
// before one, itself or after ", who" ("X, who chaired the meeting").
func (d *doc) toldHosting(p *entity) bool {
	for _, si := range p.spans {
		sp := d.spans[si]
		at := sp.lo
		if r := d.spanBefore(at); r != nil && r.kind == spanRole {
			at = r.lo
		}
		if d.tok(at-1).lower == "by" && receivingVerbs[d.tok(at-2).lower] {
			return true
		}
		j := sp.hi
		if d.tok(j).text == "," && d.tok(j+1).lower == "who" {
			j += 2
		}
		if receivingVerbs[d.tok(j).lower] {
			return true
		}
	}
	return false
}

// mentionSides returns the parties of the meeting m: its own, or when it
// names one side only ("the meeting with Wang"), those of the latest
// two-party meeting before it that this side sat at, in its sentence or
// the one before.
func (d *doc) mentionSides(m *eventMention) []*entity {
	if len(m.parts) != 1 || m.typ != graph.Meeting {
		return m.parts
	}
	for i := len(d.evs) - 1; i >= 0; i-- {
		o := d.evs[i]
		if o.lo >= m.lo || o.sent < m.sent-1 {
			continue
		}
		if o.typ == graph.Meeting && len(o.parts) == 2 && hasEntity(o.parts, m.parts[0]) {
			return o.parts
		}
	}
	return m.parts
}
