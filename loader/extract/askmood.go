package extract

import "github.com/geokg/geokg/graph"

// askSkips stand between a modal and the verb of asking it governs: "would
// also ask", "is expected to call".
var askSkips = setOf("to", "also", "then", "now", "again", "formally", "publicly", "soon", "likely", "probably", "be")

// askModality keeps a demand possible only when a marker governs the verb
// of asking itself ("would ask the council", "plans to urge"). A marker
// earlier in the sentence belongs to another clause: "rejected the results
// and called on supporters to march" makes the call.
func (d *doc) askModality(k int, mod graph.Modality) graph.Modality {
	if mod != graph.Possible {
		return mod
	}
	s := d.sents[d.sentOf[k]]
	for j := k - 1; j >= s.lo && j >= k-4; j-- {
		w := d.toks[j].lower
		if askSkips[w] {
			continue
		}
		if possibleMarkers[w] || w == "if" || w == "whether" {
			return mod
		}
		break
	}
	return graph.Asserted
}
