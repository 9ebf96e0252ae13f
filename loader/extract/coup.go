package extract

import (
	"github.com/geokg/geokg/graph"
)

// Seizures of power told by a verb phrase rather than the word "coup":
// "had taken total control of the country", "deposed the head of state".

// controlTakers before "control" make it a seizure: "took control".
var controlTakers = withVerbs(setOf("wrested"), "take", "seize", "assume", "grab")

// controlFillers may stand between the verb and "control": "taken "total
// control"", "seized full control".
var controlFillers = setOf("\"", "“", "”", "'", "total", "full", "complete", "effective", "absolute", "military")

// controlOfState after "control of" make the seized thing the state itself,
// not a town an army captured: "control of the country".
var controlOfState = setOf("country", "state", "government", "nation", "power")

// takeoverWords are the triggers that name a seizure of power, whose
// country is where it happened rather than a party to it.
var takeoverWords = withVerbs(setOf("control", "takeover", "coup", "putsch", "coup plot", "coup plots",
	"plot to overthrow", "plot to topple"), "seize power", "take power", "depose")

// coupFits decides the triggers of this file. handled is false for a word
// it does not decide.
func (d *doc) coupFits(lo, hi int) (fits, handled bool) {
	switch d.verbBase(d.joinLower(lo, hi)) { // a verb by its base: "deposing" is "depose"
	case "control":
		return d.controlSeized(lo, hi), true
	case "depose":
		// "deposed the president", not "the deposed president", whose
		// ouster is told elsewhere.
		p := d.tok(lo - 1).lower
		return !determiners[p] && p != "a" && p != "'s", true
	}
	return false, false
}

// controlSeized reports whether "control" at lo is a seizure of the state:
// "had taken "total control" of the country", "seized control of the
// government"; not "took control of the town" nor "arms control".
func (d *doc) controlSeized(lo, hi int) bool {
	k := lo - 1
	for k >= 0 && k >= lo-4 && controlFillers[d.toks[k].lower] {
		k--
	}
	if k < 0 || !controlTakers[d.toks[k].lower] {
		return false
	}
	j := hi
	for j < len(d.toks) && j < hi+2 && controlFillers[d.toks[j].lower] {
		j++
	}
	if d.tok(j).lower != "of" {
		return false
	}
	j++
	j = d.pastThe(j)
	return controlOfState[d.tok(j).lower]
}

// coupArgs makes the country of a seizure of power its place: "soldiers in
// Gabon seized power" happened in Gabon; Gabon did not take part.
func (d *doc) coupArgs(m *eventMention) {
	if m.typ != graph.OtherEvent || !takeoverWords[d.joinLower(m.lo, m.hi)] || m.loc != nil {
		return
	}
	for i, e := range m.parts {
		if e.typ == graph.Country {
			m.loc = e
			m.parts = append(m.parts[:i:i], m.parts[i+1:]...)
			return
		}
	}
	// "soldiers in Gabon said they had taken control of the country": the
	// country is the one named before in the sentence. So is the country of
	// a coup told only as background: "Chad has been governed by a military
	// council since a 2021 coup".
	if w := d.toks[m.lo].lower; w == "control" || (coupNouns[w] || w == "plot") && len(m.parts) == 0 {
		for _, sp := range d.walkBack(d.sents[m.sent].lo, m.lo) {
			if sp != nil && sp.ent != nil && sp.ent.typ == graph.Country {
				m.loc = sp.ent
				return
			}
		}
	}
}
