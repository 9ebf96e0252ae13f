package extract

import "github.com/geokg/geokg/graph"

// A declaration of independence told with its verb ("Kosovo declared
// independence from Serbia") is the act of the one declaring alone: the
// state it breaks from is what it leaves, not a party to the act.

// independenceArgs keeps only the declarer of a "declared independence"
// mention: the actor acting at the verb, or the one a "which" right after
// it stands for ("Kosovo, which declared independence"). A "which" whose
// antecedent is no actor ("the territory, which declared independence")
// leaves the act without a party rather than with the sentence's subject.
func (d *doc) independenceArgs(m *eventMention) {
	if m.typ != graph.OtherEvent || !m.verb || m.hi-m.lo < 2 || d.toks[m.hi-1].lower != "independence" {
		return
	}
	if k := m.lo - 1; d.tok(k).lower == "which" {
		if d.tok(k-1).text == "," {
			k--
		}
		m.parts = nil
		if _, e := d.actorAt(k - 1); e != nil {
			m.parts = []*entity{e}
		}
		return
	}
	if e := d.subjectBefore(m.lo, m.sent); e != nil {
		m.parts = []*entity{e}
	}
}
