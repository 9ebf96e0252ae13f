package extract

// winVerbs after a negation deny an outcome, not the contest it came in:
// "neither candidate won a majority in the first round".
var winVerbs = setOf("won", "win", "wins", "winning", "secured", "secure", "secures", "gained", "gain", "gains",
	"obtained", "obtain", "garnered", "clinched", "clinch")

// winIn reports whether the negation at k bears on a win told before a
// preposition that sets the event at p: "no party won a majority in the
// election" holds the election.
func (d *doc) winIn(k, p int) bool {
	v := -1
	for j := k + 1; j < p && j <= k+3; j++ {
		if winVerbs[d.toks[j].lower] {
			v = j
			break
		}
	}
	if v < 0 {
		return false
	}
	for j := v + 1; j < p; j++ {
		if w := d.toks[j].lower; w == "in" || w == "at" {
			return true
		}
	}
	return false
}

// markerNouns put forward what they name ("a proposal for talks", "the
// prospect of a summit") but not an event they are only discussed at.
var markerNouns = setOf("proposal", "proposals", "plan", "prospect", "possibility", "ultimatum", "readiness")

// settingPreps set a marker noun in an event rather than naming it: "the
// proposal in a phone call", "the plan at the summit".
var settingPreps = setOf("in", "during", "at", "via", "by")
