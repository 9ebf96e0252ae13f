package extract

import "github.com/geokg/geokg/graph"

// topicPreps join talks to what they are about: "talks on a trade deal".
var topicPreps = setOf("on", "over", "about", "toward", "towards")

// topicModifiers describe a deal still sought: "talks on a broader deal".
var topicModifiers = setOf("broader", "wider", "possible", "comprehensive", "permanent", "lasting", "final", "formal", "full")

// talksTopics folds a deal or truce that talks are about into the talks:
// "talks on a wider fishing deal could start in Nairobi" tells of talks,
// as "trade deal talks" does; the deal is not yet made. The talks take the
// place, day and parties the deal's words carried.
func (d *doc) talksTopics() {
	kept := d.evs[:0]
	var prev *eventMention
	for _, m := range d.evs {
		if prev != nil && d.talksAbout(prev, m) {
			if prev.loc == nil {
				prev.loc = m.loc
			}
			if prev.date == nil {
				prev.date = m.date
			}
			for _, e := range m.parts {
				prev.parts = appendUnique(prev.parts, e)
			}
			d.fold(m, prev)
			continue
		}
		kept = append(kept, m)
		prev = m
	}
	d.evs = kept
}

// talksAbout reports whether mention n is the topic of the talks t: a
// deal or truce noun after "on", with only determiners and modifiers
// between.
func (d *doc) talksAbout(t, n *eventMention) bool {
	if t.typ != graph.Meeting || t.verb || n.verb || n.sent != t.sent || !topicPreps[d.tok(t.hi).lower] {
		return false
	}
	if n.typ != graph.Agreement && n.typ != graph.Ceasefire || n.lo-t.hi > 5 {
		return false
	}
	for k := t.hi + 1; k < n.lo; k++ {
		tk := d.toks[k]
		if !(determiners[tk.lower] || topicModifiers[tk.lower] || tk.kind == tokNumber || tk.text == "-") {
			return false // "talks on the next phase of the ceasefire": a standing truce
		}
	}
	return true
}
