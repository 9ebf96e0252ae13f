package extract

// thingDemonym reports whether a span is a demonym qualifying a thing
// ("Afghan territory", "Russian drones"), which can be the subject of no
// verb of speech or judgement: "X rejected claims that Afghan territory was
// used ..., and blamed Y" has X blame Y.
func (d *doc) thingDemonym(sp *span) bool {
	if sp == nil || !isDemonym(sp) || sp.hi >= len(d.toks) {
		return false
	}
	n := d.tok(sp.hi)
	if n.kind != tokWord || n.cap || d.spanAt[sp.hi] != 0 {
		return false
	}
	return !speakingNouns[n.lower]
}

// speakingNouns after a demonym name those who can speak or judge:
// "Russian officials", "the Afghan government".
var speakingNouns = setOf("government", "authorities", "officials", "official", "forces", "military", "army",
	"troops", "navy", "leaders", "leadership", "president", "ministry", "side", "regime", "embassy", "state",
	"diplomats", "counterpart", "counterparts", "administration", "parliament", "soldiers", "police",
	"lawmakers", "politicians", "negotiators", "envoy", "ambassador", "spokesman", "spokeswoman",
	"spokesperson", "delegation", "opposition", "media", "people", "junta", "cabinet", "premier", "minister")

// subjectSpan returns the last span of e in the clause of k before k, or
// nil.
func (d *doc) subjectSpan(k, si int, e *entity) *span {
	if e == nil {
		return nil
	}
	lo, _ := d.clause(k)
	lo = max(lo, d.sents[si].lo)
	for j := k - 1; j >= lo; j-- {
		if sp, a := d.actorAt(j); a == e {
			return sp
		}
	}
	return nil
}
