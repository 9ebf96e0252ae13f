package extract

import "strings"

// calledPartyObject reports whether the channel of a call at lo ("by
// phone", "by telephone") follows a verb's own object, the one called:
// "congratulated the new president by telephone", "thanked Macron by
// phone". The other party then needs no "with" or "to"; a speech verb's
// object is only an outlet ("told Reuters by phone"), so it is no call.
func (d *doc) calledPartyObject(lo int) bool {
	sp, e := d.actorAt(lo - 1)
	if e == nil || sp.hi != lo {
		return false
	}
	v := d.beforeThe(sp.lo - 1)
	w := d.tok(v).lower
	return !speechVerbs[w] && strings.HasSuffix(w, "ed") && d.looksVerb(v)
}
