package extract

import "github.com/geokg/geokg/graph"

// sameTargetAttack returns the attack an attack verb tells again by naming
// its target definitely: "militants overran a military base in the north
// ... the fighters attacked the base near the town" is one raid, though
// the second sentence places it more narrowly than the first.
func (d *doc) sameTargetAttack(m *eventMention) *event {
	if m.typ != graph.Attack || !m.verb {
		return nil
	}
	head := d.struckHead(m, "the")
	if head == "" {
		return nil
	}
	return d.recentEvent(6, func(e *event) bool {
		if e.typ != graph.Attack || e.last().sent < m.sent-6 || !sameMood(m.mod, e.mod) || !datesMeet(m, e) {
			return false
		}
		if m.perp != nil && e.perp != nil && !d.samePerp(m.perp, e.perp) {
			return false
		}
		for _, o := range e.mentions {
			if o.sent < m.sent && d.struckHead(o, "a", "an") == head {
				return true
			}
		}
		return false
	})
}

// struckHead returns the target a mention names after one of the given
// articles: the verb's object ("overran a military base"), or what the
// verb or noun was "on" ("fired on the post", "an attack on a post").
func (d *doc) struckHead(o *eventMention, articles ...string) string {
	if o.verb {
		if h := d.objectHead(o.hi, articles...); h != "" {
			return h
		}
	}
	if d.tok(o.hi).lower == "on" {
		return d.objectHead(o.hi+1, articles...)
	}
	return ""
}

// objectHead returns the target noun a verb's object names after one of
// the given articles ("the base", "a military base"), "" when the object
// opens otherwise or names an actor.
func (d *doc) objectHead(k int, articles ...string) string {
	s := d.sents[d.sentOf[min(k, len(d.toks)-1)]]
	if k >= s.hi {
		return ""
	}
	ok := false
	for _, a := range articles {
		ok = ok || d.toks[k].lower == a
	}
	if !ok {
		return ""
	}
	for j := k + 1; j < s.hi && j <= k+3; j++ {
		t := d.toks[j]
		if t.kind != tokWord || d.spanAt[j] != 0 {
			return ""
		}
		if targetNouns[t.lower] {
			return t.lower
		}
	}
	return ""
}

// targetNouns are the sites an attack strikes that a report names again
// with "the".
var targetNouns = setOf("base", "camp", "barracks", "outpost", "checkpoint", "convoy", "village", "town",
	"market", "school", "hospital", "mosque", "church", "prison", "station", "port", "airport", "airbase",
	"compound", "headquarters", "garrison", "depot", "refinery", "plant", "bridge", "patrol", "position", "post")

// placedAt reports whether loc can be the event's place: its own, or the
// place any of its mentions gave. A raid told "in Borno state" and then
// "near Damboa" is found again by either.
func placedAt(e *event, loc *entity) bool {
	if e.loc != nil && placesMeet(e.loc, loc) {
		return true
	}
	for _, o := range e.mentions {
		if o.loc != nil && placesMeet(o.loc, loc) {
			return true
		}
	}
	return false
}
