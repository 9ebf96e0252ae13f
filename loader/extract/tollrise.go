package extract

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// riseVerbs carry a death toll to its new figure: "the death toll from
// the quake rose to 31", "the toll stood at 12".
var riseVerbs = setOf("rose", "risen", "rises", "climbed", "climbs", "jumped", "increased", "reached", "hit", "stood", "stands", "stand", "soared", "mounted")

// putVerbs set a death toll at its figure: "officials put the death toll
// at 43", "the ministry estimated the death toll at 20".
var putVerbs = setOf("put", "puts", "putting", "placed", "places", "placing", "estimated", "estimates", "set", "sets")

// tollRise reads the figure a death toll reaches in its own clause:
// "The death toll from Sunday's blast rose to 31 on Tuesday". Key k is the
// word "death" before "toll".
func (d *doc) tollRise(k, hi int) (graph.Count, int, int, bool) {
	if d.tok(k+1).lower != "toll" {
		return graph.Count{}, 0, 0, false
	}
	if d.tok(k+2).lower == "at" && putVerbs[d.tok(k-2).lower] && d.tok(k-1).lower == "the" {
		// "Officials put the death toll at 43": the figure is the toll.
		if c, lo, hi, ok := d.readCount(k+3, hi, true); ok && !c.Vague {
			return c, lo, hi, true
		}
	}
	_, end := d.clause(k)
	for j := k + 2; j < min(end, hi) && j < k+20; j++ {
		if !riseVerbs[d.toks[j].lower] {
			continue
		}
		j++
		if w := d.tok(j).lower; w == "to" || w == "at" {
			j++
		}
		c, lo, chi, ok := d.readCount(j, hi, true)
		if !ok || c.Vague {
			return graph.Count{}, 0, 0, false
		}
		return c, lo, chi, true
	}
	return graph.Count{}, 0, 0, false
}

// tollBearer reports whether a mention can take a casualty figure: an
// attack, a protest, or a disaster ("more than 140 injured" in the
// sentence of an earthquake).
func tollBearer(m *eventMention) bool {
	return m.typ == graph.Attack || m.typ == graph.Protest || m.typ == graph.OtherEvent && disasterWords[strings.ToLower(m.noun)]
}
