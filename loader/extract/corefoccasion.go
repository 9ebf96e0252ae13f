package extract

import "github.com/geokg/geokg/graph"

// occasionOf returns the attack a verb tells just before an "in a raid"
// phrase of its own clause: "rebels shot dead four soldiers in an attack
// on a post in X" is one attack, the noun naming the occasion of the
// killing. The verb often takes the wider place of its subject ("rebels
// in the Y region") and the noun the narrower one, so the usual test of
// one place keeps them apart; here a word that opens another clause
// ("after", "when", "which") between them, another day, mood or attacker
// does instead.
func (d *doc) occasionOf(m *eventMention) *event {
	if m.typ != graph.Attack || m.verb {
		return nil
	}
	k := m.lo - 1
	for n := 0; n < 3 && k > 0 && attackModifiers[d.toks[k].lower] && !determiners[d.toks[k].lower]; n++ {
		k-- // "in a deadly drone attack"
	}
	if w := d.tok(k).lower; w != "a" && w != "an" || d.tok(k-1).lower != "in" {
		return nil
	}
	in := k - 1
	if len(d.events) == 0 {
		return nil
	}
	e := d.events[len(d.events)-1]
	v := e.last()
	if e.typ != graph.Attack || !v.verb || v.sent != m.sent || v.hi > in || in-v.hi > 12 {
		return nil
	}
	for j := v.hi; j < in; j++ {
		if occasionBreaks[d.toks[j].lower] || d.trigAt[j] {
			return nil
		}
	}
	if !sameMood(m.mod, e.mod) || !datesMeet(m, e) || m.perp != nil && e.perp != nil && !d.samePerp(m.perp, e.perp) {
		return nil
	}
	return e
}

// occasionBreaks open another clause between a verb and "in an attack":
// "killed two men before troops arrived in a raid" tells two things.
var occasionBreaks = setOf("after", "before", "when", "while", "as", "since", "which", "who", "that", "said", "says",
	"during", "until", "amid", ";")
