package extract

import (
	"slices"

	"github.com/geokg/geokg/graph"
)

// meetIntents are the verbs a group's plan to meet hangs from: "the two
// leaders agreed to meet soon", "both sides plan to meet again".
var meetIntents = setOf("agreed", "agree", "agrees", "plan", "plans", "planned", "hope", "hopes", "hoped", "expect",
	"expects", "expected", "decided", "decide", "pledged", "promised", "want", "wants", "intend", "intends", "intended")

// meetGroupSubject gives a meeting verb whose subject is a group phrase
// the pair that phrase stands for: "the two leaders agreed to meet soon",
// "both sides will meet again next week". Without it the meeting has no
// party of its own and is lost, though the text says who will meet.
func (d *doc) meetGroupSubject(m *eventMention) {
	if m.typ != graph.Meeting || !m.verb {
		return
	}
	k := m.lo
	if d.tok(k-1).lower == "to" && meetIntents[d.tok(k-2).lower] {
		k -= 2
	}
	if k < m.lo && m.mod == graph.Asserted {
		m.mod = graph.Possible // "agreed to meet soon": the meeting is still to come
	}
	if len(m.parts) > 0 {
		return
	}
	if g := d.groupSubject(k); len(g) == 2 {
		m.parts = append(m.parts, g...)
		m.pairs = append(m.pairs, [2]*entity{g[0], g[1]})
	}
}

// dropReporters removes from left the actors a speech verb parts from the
// group phrase at k: in "a foreign ministry spokeswoman said the two
// delegations would meet" the department reports the meeting and the group
// phrase is the subject of what it says.
func (d *doc) dropReporters(left []actor, k int) []actor {
	return slices.DeleteFunc(left, func(a actor) bool {
		for j := a.pos + 1; j < k; j++ {
			if speechVerbs[d.toks[j].lower] && d.spanAt[j] == 0 {
				return true
			}
		}
		return false
	})
}
