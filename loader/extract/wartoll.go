package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// warTrigger reports whether a trigger as written names a war: a war word
// alone, or a phrase whose head is one ("fought a border war", "waged
// war", "at war"). A trade war is fought with tariffs and kills no one.
func warTrigger(noun string) bool {
	f := strings.Fields(strings.ToLower(noun))
	if len(f) == 0 {
		return false
	}
	if warWords[strings.Join(f, " ")] {
		return true
	}
	return len(f) > 1 && warWords[f[len(f)-1]] && f[len(f)-2] != "trade"
}

// warPreps put a death toll in a war named after it: "9,000 civilians have
// been killed in the war", "died during the conflict".
var warPreps = setOf("in", "during", "since")

// tollToWarAfter hands the toll of a kill verb to the war named right after
// it: "Some 9,000 civilians have been killed in the war". The war is the
// later mention, so the toll cannot join it the way "the war has killed
// 9,000" does. A bare "the war" names no node of its own; it is then the
// war the article has already reported. It reports whether the toll found
// its war.
func (d *doc) tollToWarAfter(m *eventMention, next []*eventMention) bool {
	if m.typ != graph.Attack || !m.verb || !killedWords[d.toks[m.lo].lower] || m.killed == nil || m.loc != nil || m.perp != nil {
		return false
	}
	w := d.warAfter(m.hi, d.sents[m.sent].hi)
	if w < 0 {
		return false
	}
	for _, n := range next {
		if n.sent != m.sent || n.lo > w {
			break
		}
		if n.hi > w && n.typ == graph.OtherEvent && warTrigger(n.noun) && n.mod == graph.Asserted {
			if n.killed == nil {
				n.killed = m.killed
			}
			return true
		}
	}
	e := d.recentEvent(20, func(e *event) bool { return e.war() && e.mod == graph.Asserted })
	if e == nil {
		return false
	}
	if e.killed == nil {
		e.killed = m.killed
	}
	return true
}

// warAfter returns the index of the war word a place preposition governs
// right after a verb ending at hi ("killed in the two-year civil war",
// "died during the conflict"), or -1.
func (d *doc) warAfter(hi, end int) int {
	k := hi
	if d.toks[min(k, end-1)].kind == tokNumber || d.tok(k).lower == "people" {
		return -1 // "killed 40 people in the war": the figure is the verb's own
	}
	if !warPreps[d.tok(k).lower] {
		return -1
	}
	k++
	if w := d.tok(k).lower; w == "the" || w == "a" || w == "its" || w == "their" {
		k++
	}
	for n := 0; n < 4 && k < end && (warModifiers[d.toks[k].lower] || d.toks[k].kind == tokNumber || durationUnits[d.toks[k].lower] || d.toks[k].text == "-"); n++ {
		k++
	}
	if k < end && warWords[d.toks[k].lower] && !warCompounds[d.tok(k+1).lower] {
		return k
	}
	return -1
}
