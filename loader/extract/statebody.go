package extract

import "strings"

// stateForces are lower-case words for a state's own armed force or
// mission abroad: "the Polish army", "China's embassy".
var stateForces = setOf("army", "military", "navy", "embassy", "consulate", "cabinet", "police", "parliament", "presidency")

// stateForcePairs are the two-word ones: "Ukraine's air force".
var stateForcePairs = setOf("air force", "coast guard", "border guard", "armed forces", "presidential office")

// stateForceAt returns the length of a state's force or mission written in
// lower case at i ("army", "air force") when a state is named just before
// it and the body acts as subject or source: "the Polish army said",
// "according to Ukraine's air force", "China's embassy in Lima criticized".
// Used as an adjective ("Polish army officers", "joined the Polish army")
// it names no body of its own; 0 then.
func (d *doc) stateForceAt(i, hi int) (n, end int) {
	t := d.toks[i]
	if t.cap || t.kind != tokWord {
		return 0, 0
	}
	switch {
	case stateForces[t.lower]:
		n = 1
	case i+1 < hi && !d.toks[i+1].cap && stateForcePairs[t.lower+" "+d.toks[i+1].lower]:
		n = 2
	default:
		return 0, 0
	}
	if !d.stateBefore(i) && !d.stateNameBefore(i) {
		return 0, 0
	}
	state := d.spans[len(d.spans)-1]
	if branchStates[state.gaz[0].code] && (t.lower == "military" || t.lower == "armed") {
		// "the US military struck a boat": the state acts, its forces being
		// several bodies.
		return 0, 0
	}
	end = i + n
	if t.lower == "embassy" || t.lower == "consulate" {
		// "China's embassy in Lima": the host city or state is part of how
		// the mission is named.
		if d.tok(end).lower == "in" {
			if g := d.gazAt(end+1, hi); g > 0 {
				end += 1 + g
			}
		}
	}
	p := d.beforeThe(state.lo - 1)
	if d.tok(p).lower == "to" && d.tok(p-1).lower == "according" {
		return n, end
	}
	if t.lower == "police" {
		// "Russian police detained nine people": the state acts through its
		// police; only what the police say makes them a body of their own.
		if d.bodySpeaksAt(end) {
			return n, end
		}
		return 0, 0
	}
	if d.bodyActsAt(end) || forceIrregularActs[d.tok(end).lower] || d.stateForceHeld(state.lo, end) {
		return n, end
	}
	if guardCraft[d.tok(end).lower] && d.toks[i+n-1].lower == "guard" {
		return n, end // "Chinese coast guard vessels fired water cannon": the guard acts through its ships
	}
	return 0, 0
}

// guardCraft are what a coast or border guard sends out.
var guardCraft = setOf("vessel", "vessels", "ship", "ships", "boat", "boats", "cutter", "cutters", "patrol", "patrols", "personnel", "officers")

// bodySpeaksAt reports whether a verb of saying opens at k, after an
// optional auxiliary or adverb: "said", "have confirmed".
func (d *doc) bodySpeaksAt(k int) bool {
	k = d.pastAux(k)
	return speechVerbs[d.tok(k).lower] && !d.tok(k).cap
}

// bodyActsAt reports whether a verb of saying or doing opens at k, after
// an optional auxiliary or adverb: "said", "has rejected", "also warned".
func (d *doc) bodyActsAt(k int) bool {
	if isWeekday(d.tok(k+1).lower) && d.tok(k).lower == "on" {
		k += 2 // "Lebanon's cabinet on Tuesday approved"
	}
	k = d.pastAux(k)
	v := d.tok(k)
	if v.kind != tokWord || v.cap {
		return false
	}
	if subjectVerbs[v.lower] || personVerbs[v.lower] {
		return true
	}
	if len(v.lower) > 4 && strings.HasSuffix(v.lower, "ed") && d.tok(k+1).lower != "by" {
		return true // "the army launched", not "the army deployed by"
	}
	// "the army rejects the plan": a verb in the present before its object.
	return len(v.lower) > 3 && strings.HasSuffix(v.lower, "s") && !strings.HasSuffix(v.lower, "ss") && objectStarts[d.tok(k+1).lower]
}

// pastAux returns where the verb after k opens, past up to two auxiliaries
// or adverbs: "have confirmed", "also warned".
func (d *doc) pastAux(k int) int {
	for n := 0; n < 2 && (auxWords[d.tok(k).lower] || adverbs[d.tok(k).lower]); n++ {
		k++
	}
	return k
}

// forceChiefAt returns the length of a state's force at i that a bare
// "chief" heads: "Sudan's army chief", "the Myanmar military chief". The
// force is a body of its own, which its chief leads; "army chief of staff"
// and "military intelligence chief" stay whole titles.
func (d *doc) forceChiefAt(i, hi int) int {
	t := d.toks[i]
	if !chiefForces[t.lower] || t.cap || d.tok(i+1).lower != "chief" || d.tok(i+1).cap || d.tok(i+2).lower == "of" {
		return 0
	}
	next := i + 2
	if d.tok(next).text == "," {
		next++ // "Myanmar's military chief, Gen. Ali Khan,"
	}
	if next >= hi || !d.toks[next].cap || !d.stateBefore(i) && !d.stateNameBefore(i) {
		return 0 // a name follows: "army chief Ali Khan", not "the army chief said"
	}
	if state := d.spans[len(d.spans)-1]; branchStates[state.gaz[0].code] && t.lower == "military" {
		return 0
	}
	return 1
}

// chiefForces are the forces a state's "chief" heads.
var chiefForces = setOf("army", "military", "navy", "police")

// ownedBodyAt reports whether a state's body written in lower case ends at
// k after a possessive: "Sudan's army" in "Sudan's army chief, Gen. Ali
// Khan,", where the title's holder follows the comma.
func (d *doc) ownedBodyAt(k int) bool {
	sp, ok := d.spanEntity(k)
	return ok && sp.hi == k+1 && sp.stateKey != "" && d.tok(sp.lo-1).lower == "'s"
}
