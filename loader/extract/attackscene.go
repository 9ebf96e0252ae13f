package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// sceneFireWords are attacks by gunfire; "police opened fire at a rally"
// tells of the rally and its toll, so the rally stays an event. Fire on
// the protesters themselves ("opened fire on demonstrators in X, killing
// five") is the attack, and the crowd only its target.
var sceneFireWords = setOf("fire", "fired", "firing", "shot", "shooting", "shootings", "shots")

// attackScenes drops a gathering that is only where a blast struck: in "an
// attacker set off a vest at a campaign meeting in Tarsovo" the
// bombing is the event, and the meeting gives it its place.
func (d *doc) attackScenes() {
	kept := d.evs[:0]
	for i, m := range d.evs {
		if m.typ == graph.Protest && !m.verb {
			if a := d.sceneOf(i); a != nil {
				if a.loc == nil {
					a.loc = m.loc
				}
				continue
			}
		}
		kept = append(kept, m)
	}
	d.evs = kept
}

// sceneOf returns the attack of the same sentence whose trigger ends just
// before "at" or "on" that introduces the gathering d.evs[i]: "blew himself
// up at an election rally", "a bombing at a campaign rally".
func (d *doc) sceneOf(i int) *eventMention {
	m := d.evs[i]
	at := -1
	for k := m.lo - 1; k >= m.lo-4 && k >= d.sents[m.sent].lo; k-- {
		if w := d.toks[k].lower; w == "at" || w == "on" {
			at = k
			break
		}
	}
	if at < 0 {
		return nil
	}
	for k := at + 1; k < m.lo; k++ {
		if d.isBreak(k) {
			return nil
		}
	}
	crowd := crowdEventNouns[strings.ToLower(m.noun)] != ""
	for j := i - 1; j >= 0 && d.evs[j].sent == m.sent; j-- {
		a := d.evs[j]
		if a.typ != graph.Attack || at-a.hi > 1 || a.hi > at {
			continue
		}
		for k := a.lo; k < a.hi && !crowd; k++ {
			if sceneFireWords[d.toks[k].lower] {
				return nil
			}
		}
		return a
	}
	return nil
}
