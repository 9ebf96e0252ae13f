package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// warSubject reports whether a war word stands before the kill verb of m in
// its sentence: "two civil wars killed millions" is a toll of
// those wars, not of the attack reported before.
func (d *doc) warSubject(m *eventMention) bool {
	for k := d.sents[m.sent].lo; k < m.lo; k++ {
		if warWords[d.toks[k].lower] {
			return true
		}
	}
	return false
}

// samePerp reports whether two perpetrators are one side: the same actor,
// or a leader and the state a title gives him ("U.S. President Donald
// Trump" and the United States).
func (d *doc) samePerp(a, b *entity) bool {
	if a == b {
		return true
	}
	if a.typ == graph.Person && b.typ == graph.Country {
		return d.titleState(a) == b
	}
	if b.typ == graph.Person && a.typ == graph.Country {
		return d.titleState(b) == a
	}
	return false
}

// titleState returns the state named in a title before a person's name:
// "Kenyan President William Ruto" gives Kenya.
func (d *doc) titleState(p *entity) *entity {
	for _, si := range p.spans {
		r := d.spanBefore(d.spans[si].lo)
		if r == nil || r.kind != spanRole {
			continue
		}
		if c := d.spanBefore(r.lo); c != nil && c.ent != nil && c.ent.typ == graph.Country {
			return c.ent
		}
	}
	return nil
}

// sameKind reports whether m can name e at all: "Other" events corefer
// only when their words name one kind of happening (a war, a missile test,
// a vote, a halt of supplies).
func (d *doc) sameKind(e *event, m *eventMention) bool {
	if e.typ != graph.OtherEvent {
		return true
	}
	k := otherKind(m.noun)
	for _, o := range e.mentions {
		if otherKind(o.noun) == k {
			return true
		}
	}
	return false
}

// otherKinds group the words of "Other" events by the happening they name.
var otherKinds = map[string]string{
	"war": "war", "wars": "war", "conflict": "war", "insurgency": "war", "civil war": "war", "fighting": "war",
	"clashes": "war", "hostilities": "war", "combat": "war",
	"test": "test", "tests": "test", "tested": "test", "test-fired": "test", "launch": "test", "launches": "test",
	"launched": "test", "fired": "test",
	"voted": "vote", "vote": "vote", "resolution": "vote",
	"halted": "halt", "suspended": "halt", "cut off": "halt", "cut": "halt",
	"expelled": "expel", "expel": "expel", "expels": "expel", "expelling": "expel", "expulsion": "expel", "expulsions": "expel",
	"drills": "drill", "military drills": "drill", "exercises": "drill", "military exercises": "drill", "war games": "drill",
	"joint drill": "drill", "air drill": "drill", "naval drills": "drill",
	"coup": "coup", "coups": "coup", "coup attempt": "coup", "putsch": "coup",
	"resigned": "resign", "resigns": "resign", "resignation": "resign", "stepped down": "resign",
}

func otherKind(noun string) string {
	w := strings.ToLower(noun)
	if k, ok := otherKinds[w]; ok {
		return k
	}
	return headKey(w)
}
