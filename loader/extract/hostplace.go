package extract

import "github.com/geokg/geokg/graph"

// hostPlace places talks a state offered to host, when the text names no
// place, in that state: "Oman's foreign minister offered to host talks"
// would hold them in Oman.
func (d *doc) hostPlace(m *eventMention) {
	if m.loc != nil || len(m.parts) == 0 || !d.hostOffered(m) {
		return
	}
	if s := d.actorState(m.parts[0]); s != nil {
		m.loc = s
	}
}

// actorState returns the state an actor stands for: a state itself, or
// the one in a person's title ("Kenyan President William Ruto", "Oman's
// foreign minister, Badr Albusaidi,").
func (d *doc) actorState(e *entity) *entity {
	switch e.typ {
	case graph.Country:
		return e
	case graph.Person:
	default:
		return nil
	}
	if s := d.titleState(e); s != nil {
		return s
	}
	for _, si := range e.spans {
		lo := d.spans[si].lo
		if d.tok(lo-1).text != "," {
			continue
		}
		r := d.spanBefore(lo - 1)
		if r == nil || r.kind != spanRole || d.tok(r.lo-1).lower != "'s" {
			continue
		}
		if c := d.spanBefore(r.lo - 1); c != nil && c.ent != nil && c.ent.typ == graph.Country {
			return c.ent
		}
	}
	return nil
}
