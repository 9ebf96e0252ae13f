package extract

import "github.com/geokg/geokg/graph"

// crowdActs are what a crowd does that is a protest only by context:
// "thousands gathered outside parliament", "supporters blocked the
// highway".
var crowdActs = setOf("gathered", "massed", "assembled", "blocked", "blockaded", "barricaded")

// roadWords are what a crowd blocks in protest.
var roadWords = setOf("road", "roads", "highway", "highways", "motorway", "motorways", "street", "streets",
	"bridge", "bridges", "railway", "railways", "junction", "junctions", "intersection", "intersections",
	"roundabout", "roundabouts", "avenue", "avenues", "boulevard", "traffic", "roadways", "thoroughfares")

// gatherPlaces follow a crowd gathered in protest: before a building, not
// in a hall to hear a speech.
var gatherPlaces = setOf("outside", "before", "near")

// mourningWords make a crowd a gathering of grief or faith, not a protest.
var mourningWords = setOf("mourners", "funeral", "vigil", "worshippers", "pilgrims", "fans", "celebrate",
	"celebration", "celebrations", "prayers", "memorial")

// crowdActFits reads a verb of crowds as a protest when people, not a
// state, are its subject and its object or place is a protest's: a road
// blocked, a building's door gathered at.
func (d *doc) crowdActFits(lo, hi int, typ graph.EventType) (ok, handled bool) {
	w := d.toks[lo].lower
	if typ != graph.Protest || !crowdActs[w] || hi-lo != 1 {
		return false, false
	}
	s := d.sents[d.sentOf[lo]]
	crowd := false
	for j := lo - 1; j >= s.lo && j >= lo-7; j-- {
		t := d.toks[j]
		if t.text == "," && j < lo-1 || t.lower == "which" || t.lower == "who" && j < lo-1 {
			break
		}
		if mourningWords[t.lower] {
			return false, true
		}
		if (crowdWords[t.lower] || t.lower == "hundred" || t.lower == "thousand" || t.kind == tokNumber) && t.lower != "many" && t.lower != "opposition" && t.lower != "voters" {
			crowd = true
		}
	}
	if !crowd {
		return false, true
	}
	for j := hi; j < s.hi && j < hi+8; j++ {
		if mourningWords[d.toks[j].lower] {
			return false, true
		}
	}
	next := d.tok(hi).lower
	switch w {
	case "blocked", "blockaded", "barricaded":
		for j := hi; j < s.hi && j < hi+4; j++ {
			if roadWords[d.toks[j].lower] {
				return true, true
			}
		}
		return false, true
	}
	return gatherPlaces[next] || next == "in" && d.tok(hi+1).lower == "front", true
}

// roadPlace returns the first town of a road blocked in protest: "blocked
// a highway between Kumasi and Accra" happened on the road out of Kumasi.
func (d *doc) roadPlace(m *eventMention) *entity {
	if !m.verb || !crowdActs[d.toks[m.lo].lower] {
		return nil
	}
	s := d.sents[m.sent]
	for j := m.hi; j < s.hi && j < m.hi+5; j++ {
		if !roadWords[d.toks[j].lower] {
			continue
		}
		w := d.tok(j + 1).lower
		if w != "between" && w != "from" && w != "linking" && w != "connecting" {
			return nil
		}
		if e := d.namedAt(j + 2); e != nil && (e.typ == graph.Location || e.typ == graph.Country && w != "between") {
			return e
		}
		return nil
	}
	return nil
}

// frontedPlace returns the place a sentence opens with when the protest
// is told after it: "Outside the parliament building in Bucharest,
// thousands marched".
func (d *doc) frontedPlace(m *eventMention) *entity {
	s := d.sents[m.sent]
	if w := d.toks[s.lo].lower; w != "outside" && w != "in" && w != "at" {
		return nil
	}
	var place *entity
	for k, sp := range d.walk(s.lo+1, min(s.hi, s.lo+12)) {
		if d.toks[k].text == "," || k >= m.lo {
			break
		}
		if sp == nil || sp.ent == nil {
			if t := d.toks[k]; sp == nil && t.kind == tokWord && !t.cap && !determiners[t.lower] && t.lower != "of" && !regionAdjectives[t.lower] {
				return nil // "In protest at the ruling, ...": no place
			}
			continue
		}
		if sp.ent.typ != graph.Location && sp.ent.typ != graph.Country {
			return nil
		}
		if place == nil || place.typ == graph.Country {
			place = sp.ent
		}
	}
	return place
}

// shutdownStrike reports whether a strike noun is a "dead city" or "ghost
// town" stoppage, the shut shops and empty streets an opposition calls
// for: "three days of 'dead city' strikes".
func (d *doc) shutdownStrike(lo, hi int) bool {
	if w := d.toks[lo].lower; hi-lo != 1 || w != "strike" && w != "strikes" {
		return false
	}
	k := lo - 1
	for k > 0 && (d.toks[k].kind == tokPunct || d.toks[k].text == "'" || d.toks[k].text == "’" || d.toks[k].text == "\"") {
		k--
	}
	w, prev := d.tok(k).lower, d.tok(k-1).lower
	return w == "city" && prev == "dead" || w == "town" && prev == "ghost" || w == "towns" && prev == "ghost"
}
