package extract

import "github.com/geokg/geokg/graph"

// marksNext reports whether the marker at token k ("next", "further" or
// "fresh", which tell one more event of the kind than any reported: "the
// next round of talks", "further strikes", "fresh clashes") opens the noun
// phrase of mention m. "the next day, talks resumed" and "Further, the
// strike ..." say when or how, not which event; "the fresh duties" points
// back.
func (d *doc) marksNext(k int, m *eventMention) bool {
	if w := d.tok(k - 1).lower; d.toks[k].lower != "next" && (w == "the" || w == "these" || w == "those" || w == "this") {
		return false // "announcing the fresh duties": the ones just reported
	}
	for i := k + 1; i < m.lo; i++ {
		if w := d.toks[i].lower; w == "," || durationUnits[w] || w == "time" || w == "stage" {
			return false
		}
	}
	return true
}

// moodsApart reports whether one of two moods says the thing happened and
// the other that it may or would: "Israel struck Isfahan" and "would
// strike again" are two strikes.
func moodsApart(a, b graph.Modality) bool {
	happened := func(x graph.Modality) bool { return x == graph.Asserted || x == graph.Denied }
	return happened(a) != happened(b)
}

// otherAttacker reports whether attack mention m names a side that event
// e's attackers do not include: "accused the army of bombing rebel
// positions" after "rebels and militias clashed" tells the army's strike.
func (d *doc) otherAttacker(e *event, m *eventMention) bool {
	if e.typ != graph.Attack || m.perp == nil {
		return false
	}
	if e.perp != nil {
		return !d.samePerp(e.perp, m.perp)
	}
	sides := 0
	for _, o := range e.mentions {
		for _, p := range o.perps {
			sides++
			if d.samePerp(p, m.perp) {
				return false
			}
		}
	}
	return sides > 0
}

// counterMove reports whether a trigger is written as a riposte: "the
// counter-attack", "a counter strike" are the other side's blow.
func (d *doc) counterMove(m *eventMention) bool {
	k := m.lo - 1
	if d.tok(k).text == "-" {
		k--
	}
	return d.tok(k).lower == "counter"
}

// condApart reports whether one mood says the thing happened and the other
// that it would only under a condition ("would strike again if"): a
// threat is never the strike reported. A merely possible first report
// ("reportedly struck") may still be the one confirmed later.
func condApart(a, b graph.Modality) bool {
	return moodsApart(a, b) && (a == graph.Conditional || b == graph.Conditional)
}

// answers reports whether event e is a riposte that mention m, no riposte
// itself, cannot name: "dozens were killed in the counter-attack ... the
// group claimed the attack" claims the attack the riposte answered.
func (d *doc) answers(e *event, m *eventMention) bool {
	return d.counterMove(e.mentions[0]) && !d.counterMove(m)
}
