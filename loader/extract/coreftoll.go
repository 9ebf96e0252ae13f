package extract

import "github.com/geokg/geokg/graph"

// tollOwner returns the event whose toll the kill verb or unowned blow m
// tells, and retypes m to it: the war its own sentence names ("ended 15
// months of war in Gaza that has killed 46,000"), a disaster of its
// sentence, or the attack or protest reported shortly before ("A guard
// also died in Kharkiv"). It returns nil when m is an attack of its own.
func (d *doc) tollOwner(m *eventMention) *event {
	if m.typ != graph.Attack || !m.verb {
		return nil
	}
	kill := killedWords[d.toks[m.lo].lower]
	if d.warSubject(m) {
		if !kill {
			return nil
		}
		e := d.recentEvent(10, func(e *event) bool { return e.war() && e.last().sent == m.sent })
		if e != nil {
			m.typ = e.typ
		}
		return e
	}
	if !kill && !d.unownedBlow(m) {
		return nil
	}
	if e := d.recentEvent(10, func(e *event) bool { return e.disaster() && e.last().sent == m.sent }); e != nil {
		m.typ = e.typ // "the collapse of a mine that killed nine workers"
		return e
	}
	if d.aggregateToll(m) {
		// "strikes have killed 400 people since then": only the subject's
		// own event, never an attack reported before.
		return d.recentEvent(3, func(e *event) bool {
			return e.typ == graph.Attack && e.last().sent == m.sent && e.last().lo < m.lo
		})
	}
	var background *event
	for k := len(d.events) - 1; k >= 0 && k >= len(d.events)-10; k-- {
		if e := d.events[k]; d.campaign(e) && k > 0 && d.events[k-1].typ == graph.Attack {
			continue // "killed" after "days of bombardment" tells of the strikes before
		}
		if e := d.events[k]; (e.typ == graph.Attack || e.typ == graph.Protest || d.warToll(e, m)) && e.mod == graph.Asserted && e.last().sent >= m.sent-8 {
			if d.background(e) && background == nil {
				// "fired missiles, a day after warplanes struck a site.
				// Four were killed": the toll of the main event.
				background = e
				continue
			}
			m.typ = e.typ
			return e
		}
	}
	if background != nil {
		m.typ = background.typ
	}
	return background
}
