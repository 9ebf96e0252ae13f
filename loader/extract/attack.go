package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// mutualTriggers name fighting with no single side: every side named is a
// perpetrator.
var mutualTriggers = setOf("exchange of fire", "exchanges of fire", "clashes", "fighting", "skirmishes", "firefight", "gunfight")

var launchVerbs = setOf("launched", "launch", "launches", "launching", "carried", "conducted", "conducts", "staged",
	"fired", "unleashed", "mounted", "began", "started", "continued", "intensified", "stepped", "resumed",
	"ordered", "committed", "claimed", "perpetrated", "strikes", "struck", "hit", "hits", "attacked", "attacks",
	"shelled", "bombed", "invaded", "targeted", "pounded")

var attackModifiers = setOf("deadly", "massive", "missile", "missiles", "drone", "drones", "air", "rocket",
	"artillery", "military", "large-scale", "heavy", "overnight", "latest", "new", "fresh", "combined", "and",
	"retaliatory", "brutal", "devastating", "major", "cross-border", "suicide", "terrorist", "alleged",
	"deadliest", "ballistic", "cruise", "night", "the", "a", "an", "naval", "ground", "aerial", "sustained",
	"renewed", "full-scale", "year", "old", "day", "month", "week", "large", "coordinated")

// attackArgs finds who attacked and what: the perpetrator modifies the
// trigger ("Russia's Sumy strike", "Russian missile attack"), is the subject
// of a launch verb ("India launched airstrikes") or follows "by"; targets
// follow "on" or "against", or a verb trigger directly.
func (d *doc) attackArgs(m *eventMention, left, right []actor) {
	// Modifier before the trigger, over adjectives and places.
	for k := m.lo - 1; !m.verb && k >= 0 && k >= m.lo-9 && d.sentOf[k] == int32(m.sent); k-- {
		t := d.toks[k]
		if d.spanAt[k] != 0 {
			sp := &d.spans[d.spanAt[k]-1]
			if sp.ent != nil && (sp.ent.typ == graph.Country || sp.ent.typ == graph.Organization) && !sp.ent.media {
				m.perp = sp.ent
				break
			}
			k = sp.lo
			continue
		}
		if t.lower == "'s" || attackModifiers[t.lower] || t.text == "-" || t.kind == tokNumber {
			continue
		}
		break
	}
	if m.perp == nil && len(left) > 0 {
		a := left[len(left)-1]
		launched := m.verb
		for k := a.pos + 1; k < m.lo && !launched; k++ {
			launched = launchVerbs[d.toks[k].lower]
		}
		if launched {
			m.perp = a.ent
		}
	}
	for i, a := range right {
		if a.prev == "by" && m.perp == nil {
			m.perp = a.ent
			continue
		}
		if a.prev == "on" || a.prev == "against" || a.prev == "at" || (m.verb && a.pos == m.hi) || i == 0 && a.pos <= m.hi+1 && m.verb {
			if a.ent != m.perp {
				m.targets = appendUnique(m.targets, a.ent)
			}
		}
	}
	if mutualTriggers[strings.ToLower(m.noun)] {
		for _, a := range left {
			m.perps = appendUnique(m.perps, a.ent)
		}
	}
	if (d.tok(m.hi).lower == "on" || d.tok(m.hi).lower == "against") && d.tok(m.hi+1).lower == "each" && d.tok(m.hi+2).lower == "other" {
		m.perps = append(m.perps, d.lastPair(m.lo)...)
	}
	if len(m.perps) >= 2 {
		m.perp = nil
		for _, p := range m.perps {
			m.parts = appendUnique(m.parts, p)
		}
	}
	m.parts = appendUnique(m.parts, m.perp)
	for _, t := range m.targets {
		m.parts = appendUnique(m.parts, t)
	}
	if m.loc != nil && m.loc.typ == graph.Country {
		m.parts = appendUnique(m.parts, m.loc)
	}
}

// meetingPairs records who met whom: "between A and B", "A ... with B",
// "A and B held talks", "A met B".
func (d *doc) meetingPairs(m *eventMention, left, right, between []actor) {
	add := func(a, b *entity) {
		if a != nil && b != nil && a != b {
			m.pairs = append(m.pairs, [2]*entity{a, b})
		}
	}
	var with []actor
	clo, chi := d.clause(m.lo)
	seenWith := false
	for _, a := range right {
		for k := max(clo, m.hi); k < a.pos && k < chi; k++ {
			if d.toks[k].lower == "with" {
				seenWith = true
			}
		}
		if seenWith {
			with = append(with, a)
		}
	}
	switch {
	case len(between) >= 2:
		for i := range between {
			for j := i + 1; j < len(between); j++ {
				add(between[i].ent, between[j].ent)
			}
		}
	case len(with) > 0 && len(left) > 0:
		for _, a := range left {
			for _, b := range with {
				add(a.ent, b.ent)
			}
		}
	case len(left) >= 2:
		for i := range left {
			for j := i + 1; j < len(left); j++ {
				add(left[i].ent, left[j].ent)
			}
		}
	case m.verb && len(left) > 0 && len(right) > 0:
		add(left[len(left)-1].ent, right[0].ent)
	}
}

// lastPair returns the last two actors named together ("Pakistan and
// India") before token k, for "each other" and "the two countries".
func (d *doc) lastPair(k int) []*entity {
	var later *span
	for j := k - 1; j >= 0 && j >= k-300; j-- {
		sp, e := d.actorAt(j)
		if sp == nil {
			continue
		}
		j = sp.lo
		if e == nil || e.typ == graph.Person {
			later = nil
			continue
		}
		if later != nil && later.ent != e {
			glue := true
			for g := sp.hi; g < later.lo; g++ {
				if w := d.toks[g].lower; w != "and" && w != "," && w != "the" {
					glue = false
				}
			}
			if glue {
				// Not the tail of a longer list: "the US, Turkey, and Saudi Arabia".
				if p, ok := d.spanEntity(sp.lo - 2); d.tok(sp.lo-1).text == "," && ok && p.ent != nil && p.ent.typ != graph.Location {
					later = nil
					continue
				}
				return []*entity{e, later.ent}
			}
		}
		later = sp
	}
	return nil
}

// shortName is how an event title names an entity: a person's surname.
func shortName(e *entity) string {
	if e.typ == graph.Person && len(e.toks) > 1 {
		f := strings.Fields(e.name)
		return f[len(f)-1]
	}
	return e.name
}
