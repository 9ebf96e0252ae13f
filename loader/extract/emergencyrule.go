package extract

import "github.com/geokg/geokg/graph"

// Emergency rule — a state of emergency, a curfew, martial law — is an act
// of whoever declares, imposes, extends or lifts it, and analysts keep that
// official or government as the event's party: "Governor X imposed a
// dusk-to-dawn curfew", "she has not ruled out a state of emergency". A
// curfew told only as a standing fact ("a curfew remains in force") is
// background and makes no event.

// emergencyVerbs put emergency rule in place, keep it or end it.
var emergencyVerbs = verbSet("declare", "impose", "extend", "lift", "announce", "order", "enforce", "introduce",
	"proclaim", "reimpose")

// emergencyWindow bounds how far before the noun its verb may stand, hyphens
// counting as words: "imposed a 12-hour dusk-to-dawn curfew", "did not rule
// out a curfew".
const emergencyWindow = 8

// emergencyRule reports whether lo..hi names emergency rule.
func (d *doc) emergencyRule(lo, hi int) bool {
	switch d.joinLower(lo, hi) {
	case "state of emergency", "curfew", "curfews", "martial law":
		return true
	}
	return false
}

// decisionInfinitive reports whether the verb at v follows "<decision> to":
// the sentence's subject only judges the act there ("the minister welcomed
// the decision to lift the curfew"), so it is no party of it.
func (d *doc) decisionInfinitive(v int) bool {
	return d.tok(v-1).lower == "to" && decisionNouns[d.tok(v-2).lower]
}

// emergencyVerb returns the verb that puts the emergency rule at lo in
// place, a few words before it in its clause ("declared a 30-day state of
// emergency", "ruled out a curfew"); -1 when none does.
func (d *doc) emergencyVerb(lo int) int {
	clo, _ := d.clause(lo)
	for k := lo - 1; k >= clo && k >= lo-emergencyWindow; k-- {
		w := d.toks[k].lower
		if emergencyVerbs[w] || w == "out" && ruleForms[d.tok(k-1).lower] { // "did not rule out": weighed
			return k
		}
		if d.isBreak(k) || d.spanAt[k] != 0 {
			return -1
		}
	}
	return -1
}

// curfewAt reports whether lo..hi is the word curfew.
func (d *doc) curfewAt(lo, hi int) bool {
	w := d.joinLower(lo, hi)
	return w == "curfew" || w == "curfews"
}

// curfewFits keeps a curfew only when someone puts it in place, keeps or
// ends it; handled is false for other words.
func (d *doc) curfewFits(lo, hi int) (fits, handled bool) {
	if !d.curfewAt(lo, hi) {
		return false, false
	}
	return d.emergencyVerb(lo) >= 0, true
}

// emergencyArgs gives emergency rule with no party the one who puts it in
// place: the subject of its verb, a pronoun's person included.
func (d *doc) emergencyArgs(m *eventMention) {
	if m.typ != graph.OtherEvent || len(m.parts) > 0 || !d.emergencyRule(m.lo, m.hi) {
		return
	}
	v := d.emergencyVerb(m.lo)
	if v < 0 || d.decisionInfinitive(v) {
		return
	}
	if e := d.subjectBefore(v, m.sent); e != nil && e != m.loc {
		m.parts = []*entity{e}
	}
}
