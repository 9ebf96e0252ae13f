package extract

import "github.com/geokg/geokg/graph"

// blamedForms are the forms of "blame" read as the verb; the bare form is
// as often the noun: "laid the blame on the RSF".
var blamedForms = leaveOut(verbSet("blame"), "blame")

// blameDeedPreps after the one blamed open the deed blamed on it: "blamed
// the RSF for the attack".
var blameDeedPreps = setOf("for", "on")

// blamedGroup reads a bare blame after an attack: "The army blamed the
// RSF.", "according to the monitors, which blamed Y": Y is named as the
// latest attack's perpetrator, a charge and not a fact. Blame with "for"
// or "on" names its own deed and is read with the attack noun.
func (d *doc) blamedGroup(k, si int) {
	if !blamedForms[d.toks[k].lower] {
		return
	}
	j := d.pastThe(k + 1)
	sp, e := d.actorAt(j)
	if e != nil && sp.lo == j && d.tok(sp.hi).lower == "'s" {
		j = sp.hi + 1 // "blaming Somalia's al-Shabaab": the group, not its home
		sp, e = d.actorAt(j)
	}
	if e == nil || sp.lo != j || e.typ == graph.Person || e.media || d.tok(sp.hi).text == "-" {
		return
	}
	if _, chi := d.clause(k); d.wordBetween(sp.hi, min(chi, sp.hi+6), blameDeedPreps) {
		return
	}
	ev := d.latestMention(k, 2, func(m *eventMention) bool { return m.typ == graph.Attack && m.mod == graph.Asserted })
	if ev != nil && ev.perp != e {
		d.addClaim(claim{src: ent(e), dst: evt(ev), typ: graph.Perpetrated, mod: graph.Possible, sent: si, conf: 0.55})
	}
}
