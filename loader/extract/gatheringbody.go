package extract

import "github.com/geokg/geokg/graph"

// bodyGatherings are meeting nouns a body holds as its own: "a meeting of
// the Arab League", "a summit of the African Union", "an emergency session
// of the Security Council".
var bodyGatherings = setOf("meeting", "meetings", "summit", "gathering", "session", "conference", "congress",
	"assembly", "forum")

// gatheringBodies returns the bodies whose gathering a meeting noun names
// with "of": the body meets, so it takes part. Only bodies count; "a meeting
// of Ukraine's allies" is not Ukraine's meeting.
func (d *doc) gatheringBodies(m *eventMention) []*entity {
	if m.verb || m.typ != graph.Meeting || !bodyGatherings[d.toks[m.hi-1].lower] || d.tok(m.hi).lower != "of" {
		return nil
	}
	var out []*entity
	for j := m.hi + 1; j < m.hi+8 && len(out) < 2; j++ {
		switch t := d.tok(j); {
		case t.lower == "the" || t.lower == "so" || t.text == "-" || t.lower == "called" || t.text == "\"" || t.text == "“":
			continue
		case len(out) > 0 && t.lower == "and":
			continue // "a summit of the African Union and the European Union"
		}
		sp, e := d.actorAt(j)
		if e == nil || sp.lo != j || e.typ != graph.Organization {
			break
		}
		out = append(out, e)
		j = sp.hi - 1
		if n := d.tok(sp.hi).text; n == "\"" || n == "”" {
			j++
		}
	}
	return out
}

// gatheringOfBefore reports whether the people named at k are those a
// gathering is "of": in "a summit of EU leaders in Brussels" the capital
// says where the summit sits, not which leaders.
func (d *doc) gatheringOfBefore(k int) bool {
	for j := k - 1; j > 0 && j >= k-5; j-- {
		t := d.toks[j]
		if t.lower == "of" {
			return bodyGatherings[d.tok(j-1).lower]
		}
		if t.kind == tokPunct && t.text != "-" && t.text != "'s" {
			return false
		}
	}
	return false
}
