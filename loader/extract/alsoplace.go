package extract

import "github.com/geokg/geokg/graph"

// alsoElsewhere returns the attack a mention carries on to another place
// of the same country: "Strikes were also reported in the X region" after
// the night's barrage is one attack that reached more places. A blow told
// by its own verb ("A drone also hit a warehouse in Y", "its forces had
// also struck a depot") is a strike of its own, and so is "also" with
// another day, another attacker, a country apart or another cue of
// novelty ("a separate strike").
func (d *doc) alsoElsewhere(m *eventMention) *event {
	if m.typ != graph.Attack || m.verb || m.loc == nil || m.loc.typ != graph.Location || m.loc.country == "" || len(m.perps) >= 2 ||
		!d.alsoBy(m) || d.spanOfTime(m) || d.habitual(m) {
		return nil
	}
	seen := 0
	for k := len(d.events) - 1; k >= 0 && k >= len(d.events)-6 && seen < 3; k-- {
		e := d.events[k]
		if e.typ != graph.Attack {
			continue
		}
		seen++
		if containsInt(e.sents, m.sent) {
			return nil // "In a separate attack, drones also struck": its own
		}
		if e.loc == nil && !struckLand(e, m.loc.country) {
			continue // a strike told without a place or target land is no guide
		}
		last := e.mentions[len(e.mentions)-1]
		if last.sent < m.sent-6 || e.mutual() || d.campaign(e) {
			return nil
		}
		sameLand := struckLand(e, m.loc.country) && !(e.perp != nil && e.perp.typ == graph.Country && e.perp.code == m.loc.country)
		if !sameLand || !datesMeet(m, e) || !sameMood(m.mod, e.mod) || m.perp != nil && e.perp != nil && !d.samePerp(m.perp, e.perp) {
			return nil
		}
		return e
	}
	return nil
}

// alsoBy reports whether "also" alone marks the mention as more of what
// came before: in the words just before the trigger ("a drone also hit")
// or in its verb group after it ("strikes were also reported"), with no
// word of novelty ("another", "separate", "earlier") beside it.
func (d *doc) alsoBy(m *eventMention) bool {
	also := false
	for k := d.sents[m.sent].lo; k < m.lo; k++ {
		switch d.toks[k].lower {
		case "also":
			also = also || k >= m.lo-4
		case "another", "separate", "separately", "second", "new", "earlier", "previous", "latest", "additional", "elsewhere":
			return false
		}
	}
	for k := m.hi; !also && k < min(d.sents[m.sent].hi, m.hi+3); k++ {
		w := d.toks[k].lower
		if w == "also" {
			also = true
		} else if !auxWords[w] && w != "were" && w != "was" && w != "been" { // auxWords holds "has", "have"
			break
		}
	}
	return also
}

// struckLand reports whether attack e took place in or was aimed at the
// country with the given code, by its place or by a target it names.
func struckLand(e *event, code string) bool {
	in := func(x *entity) bool {
		return x != nil && (x.typ == graph.Country && x.code == code || x.typ == graph.Location && x.country == code)
	}
	if in(e.loc) {
		return true
	}
	for _, o := range e.mentions {
		for _, t := range o.targets {
			if in(t) {
				return true
			}
		}
	}
	return false
}
