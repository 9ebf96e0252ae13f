package extract

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// jointStatementSents is how many sentences back a joint statement with
// no party of its own looks for the meeting that issued it.
const jointStatementSents = 8

// jointStatementParties gives a joint or final statement that names no
// party the parties of the meeting told just before: "ASEAN leaders met
// in Jakarta ... In a joint statement, the leaders called for ...". A
// statement made jointly comes out of a meeting, and the wire rarely
// names its authors again. A statement issued comes out of a meeting
// held, not one still planned. A meeting of a body is preferred over talks
// held on its sidelines, since the body speaks for the gathering. A joint
// declaration is left alone: it is more often an accord than words.
func (d *doc) jointStatementParties(m *eventMention) {
	if m.typ != graph.Statement || m.verb || len(m.parts) > 0 {
		return
	}
	switch strings.ToLower(m.noun) {
	case "joint statement", "final statement", "joint communique", "joint communiqué", "final communique", "final communiqué":
	default:
		return
	}
	var latest *eventMention
	for i := len(d.evs) - 1; i >= 0 && d.evs[i].sent >= m.sent-jointStatementSents; i-- {
		e := d.evs[i]
		if e.typ != graph.Meeting || e.hi > m.lo && e.sent == m.sent || len(e.parts) == 0 || m.mod == graph.Asserted && e.mod != graph.Asserted {
			continue
		}
		if latest == nil {
			latest = e
		}
		if slices.ContainsFunc(e.parts, func(p *entity) bool { return p.typ == graph.Organization }) {
			latest = e
			break
		}
	}
	if latest != nil {
		m.parts = append(m.parts, latest.parts...)
		m.issuedAt = latest
	}
}

// jointStatementDates gives a joint statement with no day of its own the
// day of the meeting it came out of: it is issued as the meeting closes.
// It runs on events, once every meeting has its day.
func (d *doc) jointStatementDates() {
	for _, e := range d.events {
		if e.date != nil || e.mod != graph.Asserted || e.typ != graph.Statement {
			continue
		}
		for _, m := range e.mentions {
			if src := m.issuedAt; src != nil && src.ev != nil && src.ev.date != nil && src.ev.mod == graph.Asserted {
				e.date = src.ev.date
				break
			}
		}
	}
}
