package extract

import "github.com/geokg/geokg/graph"

// recallPreps place their clause at the time of the event the definite
// noun after them names again: "after the call on Thursday evening",
// "during the ceremony on Friday". A verb ("condemned the attack on
// Sunday") is left out: its day is as often the reaction's.
var recallPreps = setOf("after", "during", "following", "at")

// occasionNouns name an event told before by the occasion it made rather
// than by a trigger: "the ceremony" after "initialled a peace agreement"
// is the signing.
var occasionNouns = map[string]graph.EventType{"ceremony": graph.Agreement}

// definiteRecall returns the noun a day phrase straight after it dates
// when the noun names an event again with "the" after a word placing its
// clause at that event ("after the call on Thursday evening"), and the
// type of event it names; ok is false otherwise, and when the noun is a
// mention of its own, which took its day with it.
func (d *doc) definiteRecall(de *dateExpr) (k int, typ graph.EventType, ok bool) {
	k = de.lo - 1
	if d.tok(k).lower == "on" {
		k--
	}
	if k < 2 || d.evAt[k] != nil || d.tok(k-1).lower != "the" || !recallPreps[d.tok(k-2).lower] {
		return -1, "", false
	}
	if t, found := occasionNouns[d.tok(k).lower]; found {
		return k, t, true
	}
	typ, ok = d.recallType(k)
	if !ok || typ == graph.OtherEvent {
		return -1, "", false
	}
	return k, typ, true
}
