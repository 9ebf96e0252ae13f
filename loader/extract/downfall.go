package extract

import "github.com/geokg/geokg/graph"

// A leader's fall from power told as a noun, "since the fall of Ivo
// Darrant's government", is an "Other" event of that leader even when the
// text names no one who brought it about. The words are common in other
// senses ("a fall of 3%", "in the fall of 2024"), so only a person named
// right after "of" makes one.

// downfallWords are the nouns of a fall from power.
var downfallWords = setOf("fall", "downfall", "ouster", "overthrow")

// downfallFits decides the triggers of this file; handled is false for a
// word it does not decide.
func (d *doc) downfallFits(lo, hi int) (fits, handled bool) {
	if hi-lo != 1 || !downfallWords[d.toks[lo].lower] {
		return false, false
	}
	return d.fallenLeader(lo) != nil, true
}

// fallenLeader returns the person whose fall the noun at lo names: "the
// fall of Bashar al-Assad", "the ouster of former President X", "the
// downfall of X's government".
func (d *doc) fallenLeader(lo int) *entity {
	if d.tok(lo+1).lower != "of" || d.tok(lo-1).lower == "a" {
		return nil // "a fall of 3% in output"
	}
	s := d.sents[d.sentOf[lo]]
	for j, sp := range d.walk(lo+2, min(s.hi, lo+6)) {
		if sp != nil {
			if sp.ent != nil && sp.ent.typ == graph.Person {
				return sp.ent
			}
			if sp.kind != spanRole {
				return nil // "the fall of Kabul": a place, or a body
			}
			continue
		}
		if d.isBreak(j) || d.toks[j].kind != tokWord {
			return nil
		}
	}
	return nil
}

// downfallArgs makes the fallen leader the one party of the fall: the
// actors and places elsewhere in its sentence ("the second trip by a
// Marovian envoy to Kestland since the fall of ...") belong to other events.
func (d *doc) downfallArgs(m *eventMention) {
	if m.typ != graph.OtherEvent || m.hi-m.lo != 1 || !downfallWords[d.toks[m.lo].lower] {
		return
	}
	if p := d.fallenLeader(m.lo); p != nil {
		m.parts = []*entity{p}
		m.loc = nil
		m.perp = nil
	}
}
